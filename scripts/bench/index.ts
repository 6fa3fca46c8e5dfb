/**
 * `npm run bench`: every benchmark, each printing ratios against a baseline
 * measured in the same run. Results are figures to read, not assertions.
 */
import { loadDotEnv } from '../lib/dotenv'
import { benchAnnounce } from './announce'
import { benchDashboard } from './dashboard'

loadDotEnv()

const only = process.argv[2]

try {
  if (!only || only === 'dashboard') await benchDashboard()
  if (!only || only === 'announce') await benchAnnounce()
  process.exit(0)
} catch (error) {
  console.error(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}`)
  process.exit(1)
}
