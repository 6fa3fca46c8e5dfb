import type { Endpoint } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import { parseClientsQuery } from '@atlas/shared/schemas/clientsQuery'
import { requestLocale } from '../i18n/requestLocale'
import { listClients } from './clientsList'
import { figuresScopeOf } from './figures'

const noStore = { 'cache-control': 'private, no-store' }

/**
 * GET /api/back-office/clients — the investors the signed-in advisor (own
 * clients) or admin (all) may see: `?q=&advisor=&risk=&status=
 * &minNetWorthCents=&maxNetWorthCents=&sort=&page=&limit=` (shared
 * clientsQuerySchema). An advisor naming another advisor gets 403.
 */
export const clientsEndpoint: Endpoint = {
  path: '/back-office/clients',
  method: 'get',
  handler: async (req) => {
    const locale = requestLocale(req)
    const scope = figuresScopeOf(req.user)
    if (!scope) {
      const status = req.user ? 403 : 401
      return Response.json({ errors: [{ message: translate(locale, 'admin.staffOnly') }] }, { status, headers: noStore })
    }
    const parsed = parseClientsQuery(new URL(req.url ?? 'http://localhost').searchParams)
    if (!parsed.success) {
      const errors = Object.entries(fieldErrorsFrom(parsed.error)).map(([path, key]) => ({ path, message: translate(locale, key) }))
      return Response.json(
        { errors: [{ name: 'ValidationError', message: errors[0]?.message, data: { errors } }] },
        { status: 400, headers: noStore },
      )
    }
    if (scope.advisorId !== null && parsed.data.advisor !== undefined && parsed.data.advisor !== scope.advisorId) {
      return Response.json({ errors: [{ message: translate(locale, 'errors.clients.advisorForbidden') }] }, { status: 403, headers: noStore })
    }
    return Response.json(await listClients(req.payload, scope, parsed.data), { headers: noStore })
  },
}
