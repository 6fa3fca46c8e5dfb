/**
 * Dashboard benchmark: an investor with 50 assets opens /portail, 20
 * connections at a time. Prints p50/p95 and the ratio to a floor measured in
 * the same run on the same machine and database (lib/floorServer.ts).
 * Never a pass/fail on time: the ratio is what to compare between runs.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { startFreshDatabase } from '../lib/database'
import { ensureBuilt } from '../lib/build'
import { repoRoot } from '../lib/paths'
import { stopAll } from '../lib/processes'
import { startIsolatedStack } from '../lib/stack'
import { startFloorServer } from './lib/floorServer'
import { runLoad, summarize, type Summary } from './lib/load'
import { seedBenchInvestor } from './lib/benchInvestor'
import { measureCmsCalls } from './lib/cmsBreakdown'

const CONCURRENCY = 20
const REQUESTS = Number(process.env.BENCH_REQUESTS || 400)
const WARMUP = 40

/** The cms requests behind one dashboard (web/app/routes/portal/dashboard.tsx and its layout), for the breakdown. */
const DASHBOARD_CMS_CALLS = ['/api/users/me', '/api/portal/dashboard']

const format = (label: string, s: Summary) =>
  `${label.padEnd(26)} ${s.p50.toFixed(1).padStart(8)} ms ${s.p95.toFixed(1).padStart(8)} ms ${s.rps.toFixed(0).padStart(7)} req/s  (${s.count} requests, ${s.errors} errors)`

export const benchDashboard = async () => {
  const runId = `bench${Date.now().toString(36)}`
  const runDir = path.join(repoRoot, '.data', 'bench', runId)
  await ensureBuilt()
  const database = await startFreshDatabase(runDir, runId)
  try {
    const stack = await startIsolatedStack(database)
    const investor = await seedBenchInvestor(stack, 50)
    const floor = await startFloorServer(stack.databaseUrl, investor.userId)

    const dashboard = () => fetch(`${stack.webUrl}/portail`, { headers: { Cookie: investor.cookie }, redirect: 'manual' })
    const probe = await dashboard()
    if (probe.status !== 200) throw new Error(`dashboard answered ${probe.status}, not 200`)
    const floorRequest = () => fetch(floor.url)

    await runLoad(floorRequest, { total: WARMUP, concurrency: CONCURRENCY })
    await runLoad(dashboard, { total: WARMUP, concurrency: CONCURRENCY })
    // Alternate the two so drift on a noisy machine hits both alike.
    const floorA = await runLoad(floorRequest, { total: REQUESTS / 2, concurrency: CONCURRENCY })
    const pageA = await runLoad(dashboard, { total: REQUESTS / 2, concurrency: CONCURRENCY })
    const floorB = await runLoad(floorRequest, { total: REQUESTS / 2, concurrency: CONCURRENCY })
    const pageB = await runLoad(dashboard, { total: REQUESTS / 2, concurrency: CONCURRENCY })
    const merge = (a: typeof floorA, b: typeof floorA) => ({
      latenciesMs: [...a.latenciesMs, ...b.latenciesMs],
      errors: a.errors + b.errors,
      seconds: a.seconds + b.seconds,
    })
    const floorSummary = summarize(merge(floorA, floorB))
    const pageSummary = summarize(merge(pageA, pageB))
    await floor.stop()

    console.log(`\nDashboard GET /portail — investor with 50 assets, ${CONCURRENCY} concurrent connections`)
    console.log(`${''.padEnd(26)} ${'p50'.padStart(11)} ${'p95'.padStart(11)} ${'throughput'.padStart(13)}`)
    console.log(format('floor (node:http + pg)', floorSummary))
    console.log(format('dashboard (web + cms)', pageSummary))
    console.log(
      `${'ratio dashboard / floor'.padEnd(26)} ${(pageSummary.p50 / floorSummary.p50).toFixed(1).padStart(9)} x ${(pageSummary.p95 / floorSummary.p95).toFixed(1).padStart(9)} x ${(floorSummary.rps / pageSummary.rps).toFixed(1).padStart(9)} x fewer req/s\n`,
    )
    console.log('Each cms request of the dashboard alone, same concurrency:')
    const calls = await measureCmsCalls(stack.env.CMS_URL ?? stack.cmsUrl, investor.token, DASHBOARD_CMS_CALLS, {
      total: REQUESTS / 4,
      concurrency: CONCURRENCY,
    })
    for (const call of calls) console.log(format(call.path.slice(0, 26), call.summary), call.path)
    console.log('')
    return { floor: floorSummary, dashboard: pageSummary, calls }
  } finally {
    await stopAll()
    await database.stop()
    await rm(runDir, { recursive: true, force: true })
  }
}
