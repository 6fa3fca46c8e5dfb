import type { Config } from '@atlas/shared/payload-types'

// Types Payload's API with our collections (see typescript.declare in payload.config.ts).
declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}
