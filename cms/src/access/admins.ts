import type { Access, FieldAccess } from 'payload'
import { roleOf } from './roleOf'

/** Only admins. */
export const admins: Access = ({ req: { user } }) => roleOf(user) === 'admin'

/** Field-level twin of `admins`, e.g. for `role` and `advisor`. */
export const adminsField: FieldAccess = ({ req: { user } }) => roleOf(user) === 'admin'
