/**
 * What a plan unlocks, as the cms answers it (GET /api/billing/entitlements)
 * and enforces it (docs/decisions/036-entitlements.md). The values are data
 * on each plan ("Offres", group "Droits inclus"); these are the fallbacks.
 */

/** What one plan grants. `assistantMessagesPerMonth: null` = unlimited. */
export type PlanEntitlements = {
  assistantMessagesPerMonth: number | null
  premiumCourses: boolean
  documentsBilan: boolean
  advisorMeetingsPerYear: number
}

/** A reader's entitlements now, with this Paris month's assistant usage. */
export type Entitlements = PlanEntitlements & { assistantMessagesUsed: number }

export const UPGRADE_URL = '/tarifs'

/** GET /api/billing/entitlements. `plan` is the plan of the active subscription, null without one. */
export type EntitlementsAnswer = {
  plan: { id: number; name: string } | null
  entitlements: Entitlements
  upgradeUrl: typeof UPGRADE_URL
}

/**
 * An investor without an active subscription, when no published free plan
 * (price 0) says otherwise: the "Découverte" offer.
 */
export const FREE_ENTITLEMENTS: PlanEntitlements = {
  assistantMessagesPerMonth: 10,
  premiumCourses: false,
  documentsBilan: false,
  advisorMeetingsPerYear: 0,
}

/**
 * Staff (admins, advisors, editors) are not limited: they author and check
 * the content investors pay for. They have no advisor, hence 0 meetings.
 */
export const STAFF_ENTITLEMENTS: PlanEntitlements = {
  assistantMessagesPerMonth: null,
  premiumCourses: true,
  documentsBilan: true,
  advisorMeetingsPerYear: 0,
}

/** Questions left this month: null when unlimited, never below 0. */
export function assistantMessagesLeft(entitlements: Pick<Entitlements, 'assistantMessagesPerMonth' | 'assistantMessagesUsed'>): number | null {
  const { assistantMessagesPerMonth: limit, assistantMessagesUsed: used } = entitlements
  return limit === null ? null : Math.max(0, limit - used)
}

/** A plan's stored group (any field may be empty) read as entitlements: an empty message limit is unlimited. */
export function planEntitlements(group: Partial<Record<keyof PlanEntitlements, unknown>> | null | undefined): PlanEntitlements {
  const messages = group?.assistantMessagesPerMonth
  const meetings = group?.advisorMeetingsPerYear
  return {
    assistantMessagesPerMonth: typeof messages === 'number' && Number.isFinite(messages) ? Math.max(0, Math.floor(messages)) : null,
    premiumCourses: group?.premiumCourses === true,
    documentsBilan: group?.documentsBilan === true,
    advisorMeetingsPerYear: typeof meetings === 'number' && Number.isFinite(meetings) ? Math.max(0, Math.floor(meetings)) : 0,
  }
}
