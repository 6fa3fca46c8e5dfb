import { getPayload, type Payload } from 'payload'
import config from '../../cms/src/payload.config'

let instance: Promise<Payload> | undefined

/**
 * Payload's Local API on the same database the servers under test use, for
 * arranging fixtures (overrideAccess) and checking what was really stored.
 */
export const testPayload = (): Promise<Payload> => {
  instance ??= getPayload({ config })
  return instance
}
