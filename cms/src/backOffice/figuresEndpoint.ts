import type { Endpoint } from 'payload'
import { dashboardFigures, figuresScopeOf } from './figures'

/** GET /api/back-office/figures — the dashboard's figures for the signed-in advisor (own clients) or admin (all). */
export const figuresEndpoint: Endpoint = {
  path: '/back-office/figures',
  method: 'get',
  handler: async (req) => {
    const scope = figuresScopeOf(req.user)
    if (!scope) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: req.user ? 403 : 401 })
    return Response.json(await dashboardFigures(req.payload, scope), { headers: { 'cache-control': 'no-store' } })
  },
}
