import type { Endpoint } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { entitlementsOf } from '../billing/entitlements'
import { requestLocale } from '../i18n/requestLocale'

const noStore = { 'cache-control': 'private, no-store' }

/**
 * GET /api/billing/entitlements — what the caller's plan unlocks now, and
 * this month's assistant usage (docs/decisions/036-entitlements.md): 200
 * `{ plan, entitlements, upgradeUrl }` for anyone signed in (staff get the
 * unlimited set), 401 for a visitor. It describes the caller only, so it
 * names no account. What it says is enforced elsewhere, by the cms.
 */
export const billingEntitlements: Endpoint = {
  path: '/billing/entitlements',
  method: 'get',
  handler: async (req) => {
    if (!req.user) {
      return Response.json({ errors: [{ message: translate(requestLocale(req), 'errors.entitlements.signIn') }] }, { status: 401, headers: noStore })
    }
    return Response.json(await entitlementsOf(req.payload, req.user, req), { headers: noStore })
  },
}
