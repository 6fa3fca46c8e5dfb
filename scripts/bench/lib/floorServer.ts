import http from 'node:http'
import pg from 'pg'

/**
 * The floor for the dashboard: a plain node:http server that answers with the
 * same data the dashboard needs, read with the same SQL shape through `pg`
 * (the user, their profile, their assets by value) — no framework, no access
 * layer, no rendering. What is left between it and the real page is what
 * Payload, React Router and SSR cost.
 */
export const startFloorServer = async (databaseUrl: string, userId: number) => {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 })
  const server = http.createServer(async (_req, res) => {
    try {
      const [user, profile, assets] = await Promise.all([
        pool.query('select id, email, name, role, locale from users where id = $1', [userId]),
        pool.query('select id, status from profiles where owner_id = $1 limit 1', [userId]),
        pool.query(
          'select id, kind, category, label, value_cents from assets where owner_id = $1 order by value_cents desc limit 100',
          [userId],
        ),
      ])
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ user: user.rows[0], profile: profile.rows[0], assets: assets.rows }))
    } catch (error) {
      res.writeHead(500)
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve))
      await pool.end()
    },
  }
}
