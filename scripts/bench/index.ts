/**
 * `npm run bench`: every benchmark, each printing ratios against a baseline
 * measured in the same run. Results are figures to read, not assertions.
 * `npm run bench -- clients` (or `dashboard`, `announce`, `invoice`, `documents`) runs only the ones named.
 */
import { loadDotEnv } from '../lib/dotenv'
import { benchClients } from './clients'
import { benchAnnounce } from './announce'
import { benchDashboard } from './dashboard'
import { benchInvoice } from './invoice'
import { benchDocuments } from './documents'

loadDotEnv()

const BENCHES: Record<string, () => Promise<unknown>> = { dashboard: benchDashboard, clients: benchClients, announce: benchAnnounce, invoice: benchInvoice, documents: benchDocuments }
const chosen = process.argv.slice(2).filter((name) => name in BENCHES)

try {
  for (const name of chosen.length ? chosen : Object.keys(BENCHES)) await BENCHES[name]!()
  process.exit(0)
} catch (error) {
  console.error(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}`)
  process.exit(1)
}
