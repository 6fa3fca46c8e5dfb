import type { Endpoint } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { parseHistoryMonths } from '@atlas/shared/finance/netWorthHistory'
import { canReadInvestorData } from '../access/canReadInvestorData'
import { requestLocale } from '../i18n/requestLocale'
import { readNetWorthHistory } from './netWorthHistorySql'

const noStore = { 'cache-control': 'private, no-store' }
const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: noStore })

/**
 * GET /api/assets/net-worth-history?months=12[&owner=<id>] — net worth at the
 * end of each Paris month, for the requesting investor. Staff may name an
 * investor they can read (advisor: a client; admin: anyone).
 * Answers `{ points: [{ month, netWorthCents, grossAssetsCents, liabilitiesCents }] }`.
 */
export const netWorthHistory: Endpoint = {
  path: '/net-worth-history',
  method: 'get',
  handler: async (req) => {
    const locale = requestLocale(req)
    if (!req.user) return refuse(401, translate(locale, 'errors.login.invalid'))
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const months = parseHistoryMonths(params.get('months'))
    if (months === null) return refuse(400, translate(locale, 'errors.history.months'))
    const ownerParam = params.get('owner')
    if (ownerParam !== null && !/^[1-9]\d{0,9}$/.test(ownerParam)) {
      return refuse(400, translate(locale, 'errors.history.owner'))
    }
    const owner = ownerParam === null ? Number(req.user.id) : Number(ownerParam)
    if (!(await canReadInvestorData(req, owner))) return refuse(403, translate(locale, 'errors.asset.notFound'))

    const points = await readNetWorthHistory(req.payload, owner, months)
    return Response.json({ points }, { headers: noStore })
  },
}
