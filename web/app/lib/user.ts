import type { Locale } from '@atlas/shared/i18n'
import type { Role } from '@atlas/shared'
import type { StoredPreferences } from '@atlas/shared/notifications'

/** A signed-in person, as `GET /api/users/me` returns them (docs/api.md). */
export type User = {
  id: string | number
  email: string
  name: string
  role: Role
  locale: Locale
  advisor?: string | number | { id: string | number } | null
  /** A new login address waiting for its confirmation link (Sécurité du compte). */
  pendingEmail?: string | null
  /** When two-factor authentication was turned on; null: off (docs/decisions/024). */
  twoFactorEnabledAt?: string | null
  /** Readable by the person only; unset choices mean the defaults (effectivePreferences). */
  notificationPreferences?: StoredPreferences
}
