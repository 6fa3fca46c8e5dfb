import type { Endpoint } from 'payload'

type Queryable = { pool?: { query: (sql: string) => Promise<unknown> } }

/** GET /api/health — 200 when the database answers, 503 otherwise. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await (req.payload.db as unknown as Queryable).pool?.query('select 1')
      return Response.json({ status: 'ok', database: 'up' }, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'health check: database unreachable' })
      return Response.json({ status: 'error', database: 'down' }, { status: 503 })
    }
  },
}
