import type { Endpoint } from 'payload'
import { isRole, isStaff } from '@atlas/shared'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'
import { periodPerformance } from '@atlas/shared/finance/periodPerformance'
import { readNetWorthHistory } from './netWorthHistorySql'
import { onboardingFacts } from './onboardingFacts'
import { readPeriodPoints } from './periodPerformanceSql'

const HISTORY_MONTHS = 12
const noStore = { 'cache-control': 'private, no-store' }

/**
 * GET /api/portal/dashboard — everything the investor's dashboard shows, in
 * one request: their profile, their assets by value, net worth over the last
 * 12 Paris months and the gain over those months without new money
 * (decision 030), the courses they follow but have not finished (with
 * those courses), and the facts of the "Bien démarrer" checklist
 * (onboardingFacts.ts). One HTTP hop and one authentication instead of five
 * (docs/decisions/010-dashboard-in-one-request.md). Every read goes through
 * the Local API with the caller as user and `overrideAccess: false`, so the
 * collections' own access rules (and field access: no quiz answers) apply as
 * on their REST routes; each is also limited to the caller's own documents.
 * Investors only: staff have the admin, and their rules would read clients' data.
 */
export const portalDashboard: Endpoint = {
  path: '/portal/dashboard',
  method: 'get',
  handler: async (req) => {
    const locale = requestLocale(req)
    const user = req.user
    if (!user) return Response.json({ errors: [{ message: translate(locale, 'errors.portal.signIn') }] }, { status: 401, headers: noStore })
    const role = (user as { role?: unknown }).role
    if (!isRole(role) || isStaff(role)) {
      return Response.json({ errors: [{ message: translate(locale, 'errors.portal.investorsOnly') }] }, { status: 403, headers: noStore })
    }
    const own = { owner: { equals: user.id } }
    const asCaller = { req, user, overrideAccess: false, depth: 0 } as const
    const [profiles, assets, history, period, enrollments] = await Promise.all([
      req.payload.find({ ...asCaller, collection: 'profiles', where: own, limit: 1, pagination: false }),
      req.payload.find({ ...asCaller, collection: 'assets', where: own, sort: '-valueCents', limit: 500, pagination: false }),
      readNetWorthHistory(req.payload, Number(user.id), HISTORY_MONTHS),
      readPeriodPoints(req.payload, Number(user.id), HISTORY_MONTHS),
      req.payload.find({
        ...asCaller,
        collection: 'enrollments',
        where: { and: [own, { completedAt: { exists: false } }] },
        sort: '-lastActivityAt',
        limit: 20,
        pagination: false,
      }),
    ])
    const courseIds = enrollments.docs.map((e) => (typeof e.course === 'object' ? e.course.id : e.course))
    const profile = profiles.docs[0] ?? null
    const [courses, onboarding] = await Promise.all([
      courseIds.length
        ? req.payload.find({ ...asCaller, collection: 'courses', where: { id: { in: courseIds } }, limit: courseIds.length, pagination: false }).then((found) => found.docs)
        : [],
      onboardingFacts(req, user, { status: profile?.status, firstMeetingAt: profile?.firstMeetingAt }, assets.docs.length),
    ])
    return Response.json(
      {
        profile,
        assets: assets.docs,
        history,
        periodPerformance: { months: HISTORY_MONTHS, startsOn: period.startsOn, ...periodPerformance(period.periods) },
        enrollments: enrollments.docs,
        courses,
        onboarding,
      },
      { headers: noStore },
    )
  },
}
