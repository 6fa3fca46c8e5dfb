/**
 * The four kinds of account in Atlas. Declared once here and imported by the
 * cms (access rules, select options) and by web (what a signed-in person is).
 */
export const ROLES = ['admin', 'advisor', 'editor', 'investor'] as const
export type Role = (typeof ROLES)[number]

/** Roles that work in the Payload admin panel. Investors use the web portal. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'advisor', 'editor']

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)

export const isStaff = (role: Role | null | undefined): boolean =>
  role != null && STAFF_ROLES.includes(role)

/** Roles that must use two-factor authentication (docs/decisions/024); it is optional for the others. */
export const TWO_FACTOR_REQUIRED_ROLES: readonly Role[] = ['admin', 'advisor']

export const requiresTwoFactor = (role: Role | null | undefined): boolean =>
  role != null && TWO_FACTOR_REQUIRED_ROLES.includes(role)
