import type { Access } from 'payload'
import { roleOf } from './roleOf'

/** Only investors, for themselves (e.g. starting an assistant conversation). */
export const investorsOnly: Access = ({ req: { user } }) => roleOf(user) === 'investor'
