import type { Access } from 'payload'

/** Closed through the API; only trusted server code (overrideAccess) may act. */
export const nobody: Access = () => false
