import { startOfNextMonthParis } from '@atlas/shared/billing/parisMonth'
import { formatDateParis } from '@atlas/shared/finance/dates'
import type { Locale } from '@atlas/shared/i18n'
import type { Payload } from 'payload'
import { entitlementsOf } from '../billing/entitlements'
import { assistantRefusal } from './refusal'

/**
 * The plan's monthly allowance of questions (docs/decisions/036-entitlements.md):
 * null while the investor has questions left this Paris month, else the
 * refusal — 402, the limit, when it renews and where to upgrade.
 */
export async function monthlyQuotaRefusal(payload: Payload, user: unknown, now: Date, locale: Locale): Promise<Response | null> {
  const { entitlements, upgradeUrl } = await entitlementsOf(payload, user)
  const { assistantMessagesPerMonth: limit, assistantMessagesUsed: used } = entitlements
  if (limit === null || used < limit) return null
  const renewsAt = startOfNextMonthParis(now)
  return assistantRefusal(locale, 402, 'errors.entitlements.assistantQuota', {
    params: { limit, date: formatDateParis(renewsAt, locale) },
    extra: { upgradeUrl, limit, used, renewsAt: renewsAt.toISOString() },
  })
}
