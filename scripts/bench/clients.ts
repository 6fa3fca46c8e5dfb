/**
 * Clients list benchmark: GET /api/back-office/clients on 100 000 generated
 * investors (profiles, 5 assets each), as the demo advisor (~2 000 clients)
 * and as the admin (everyone). For each typical query it prints p50/p95 of
 * the endpoint (HTTP + Payload auth + SQL + JSON), of the same two SQL
 * statements sent straight through `pg`, and of a floor measured in the same
 * run: a node:http + pg server answering one indexed lookup. Figures to
 * read, never a pass/fail on time.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'
import { clientsQuerySchema } from '@atlas/shared/schemas/clientsQuery'
import { listClients } from '../../cms/src/backOffice/clientsList'
import { ensureBuilt } from '../lib/build'
import { startFreshDatabase } from '../lib/database'
import { repoRoot } from '../lib/paths'
import { stopAll } from '../lib/processes'
import { startIsolatedStack } from '../lib/stack'
import { generateClients } from './lib/clientsData'
import { runLoad, summarize, type LoadResult, type Summary } from './lib/load'
import { startFloorServer } from './lib/floorServer'

const INVESTORS = Number(process.env.BENCH_INVESTORS || 100_000)
const CONCURRENCY = 8
const REQUESTS = Number(process.env.BENCH_REQUESTS || 200)
const WARMUP = 24
const DEMO_ADVISOR = 'conseiller@atlas.demo'
const DEMO_ADMIN = 'admin@atlas.demo'
const DEMO_PASSWORD = 'AtlasDemo2026!'

const QUERIES: { who: 'advisor' | 'admin'; label: string; query: string }[] = [
  { who: 'advisor', label: 'advisor, first page', query: '' },
  { who: 'advisor', label: 'advisor, search "mar"', query: 'q=mar' },
  { who: 'advisor', label: 'advisor, filter + sort', query: 'status=submitted&risk=4&sort=-netWorth' },
  { who: 'admin', label: 'admin, first page', query: '' },
  { who: 'admin', label: 'admin, search "dupont"', query: 'q=dupont' },
  { who: 'admin', label: 'admin, filter + sort', query: 'minNetWorthCents=100000000&status=validated&sort=-netWorth' },
  { who: 'admin', label: 'admin, page 200 by date', query: 'sort=-createdAt&page=200' },
  { who: 'admin', label: 'admin, everyone by risk (desc)', query: 'sort=-riskScore' },
]

const format = (label: string, s: Summary) =>
  `${label.padEnd(34)} ${s.p50.toFixed(1).padStart(8)} ms ${s.p95.toFixed(1).padStart(8)} ms ${s.rps.toFixed(0).padStart(7)} req/s${s.errors ? `  (${s.errors} errors)` : ''}`

const merge = (a: LoadResult, b: LoadResult): LoadResult => ({
  latenciesMs: [...a.latenciesMs, ...b.latenciesMs],
  errors: a.errors + b.errors,
  seconds: a.seconds + b.seconds,
})

/** Times a promise-returning call like runLoad times requests. */
const asResponse = async (work: () => Promise<unknown>) => {
  await work()
  return new Response(null, { status: 200 })
}

export const benchClients = async () => {
  const runId = `bench${Date.now().toString(36)}`
  const runDir = path.join(repoRoot, '.data', 'bench', runId)
  await ensureBuilt()
  const database = await startFreshDatabase(runDir, runId)
  try {
    const stack = await startIsolatedStack(database)
    const data = await generateClients(stack.databaseUrl, INVESTORS, DEMO_ADVISOR)
    console.log(`\n[bench] generated ${data.investors} investors, ${data.assets} assets in ${data.seconds.toFixed(1)} s; the demo advisor has ${data.demo_clients} clients`)

    const api = `${stack.env.CMS_URL}/api`
    const tokenOf = async (email: string) => {
      const response = await fetch(`${api}/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) })
      const body = (await response.json()) as { token?: string; user?: { id: number } }
      if (!body.token || !body.user) throw new Error(`login ${email}: ${response.status}`)
      return { token: body.token, id: body.user.id }
    }
    const people = { advisor: await tokenOf(DEMO_ADVISOR), admin: await tokenOf(DEMO_ADMIN) }
    const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: CONCURRENCY })
    const payloadLike = { db: { pool } } as unknown as Payload
    const floor = await startFloorServer(stack.databaseUrl, people.advisor.id)
    const floorRequest = () => fetch(floor.url)

    const rows: { label: string; endpoint: Summary; sql: Summary; floor: Summary; totalDocs: number }[] = []
    for (const { who, label, query } of QUERIES) {
      const url = `${api}/back-office/clients${query ? `?${query}` : ''}`
      const endpoint = () => fetch(url, { headers: { Authorization: `JWT ${people[who].token}` } })
      const probe = await endpoint()
      if (probe.status !== 200) throw new Error(`${label}: ${probe.status} ${await probe.text()}`)
      const { totalDocs } = (await probe.json()) as { totalDocs: number }
      const parsed = clientsQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)))
      const scope = { advisorId: who === 'advisor' ? people.advisor.id : null }
      const sql = () => asResponse(() => listClients(payloadLike, scope, parsed))

      await runLoad(floorRequest, { total: WARMUP, concurrency: CONCURRENCY })
      await runLoad(endpoint, { total: WARMUP, concurrency: CONCURRENCY })
      await runLoad(sql, { total: WARMUP, concurrency: CONCURRENCY })
      // Alternated halves so drift on a shared machine hits all three alike.
      const half = { total: REQUESTS / 2, concurrency: CONCURRENCY }
      const f1 = await runLoad(floorRequest, half)
      const e1 = await runLoad(endpoint, half)
      const s1 = await runLoad(sql, half)
      const f2 = await runLoad(floorRequest, half)
      const e2 = await runLoad(endpoint, half)
      const s2 = await runLoad(sql, half)
      rows.push({ label, totalDocs, endpoint: summarize(merge(e1, e2)), sql: summarize(merge(s1, s2)), floor: summarize(merge(f1, f2)) })
    }
    await floor.stop()
    await pool.end()

    console.log(`\nClients list GET /api/back-office/clients — ${data.investors} investors, ${CONCURRENCY} concurrent connections, ${REQUESTS} requests each`)
    for (const row of rows) {
      console.log(`\n${row.label} (${row.totalDocs} matching)`)
      console.log(`${''.padEnd(34)} ${'p50'.padStart(11)} ${'p95'.padStart(11)} ${'throughput'.padStart(13)}`)
      console.log(format('  floor (node:http + pg lookup)', row.floor))
      console.log(format('  list SQL through pg', row.sql))
      console.log(format('  endpoint (cms, HTTP)', row.endpoint))
      console.log(`  ratio endpoint / floor            ${(row.endpoint.p50 / row.floor.p50).toFixed(1).padStart(7)} x ${(row.endpoint.p95 / row.floor.p95).toFixed(1).padStart(9)} x`)
    }
    console.log('')
    return rows
  } finally {
    await stopAll()
    await database.stop()
    await rm(runDir, { recursive: true, force: true })
  }
}
