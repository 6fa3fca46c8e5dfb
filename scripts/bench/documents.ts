/**
 * Client documents benchmark (docs/decisions/039-bilan-pdf.md): p50/p95 of
 * rendering the bilan patrimonial of an investor with 50 assets and 24
 * months of history, against a one-page react-pdf document rendered in the
 * same process, alternately. Figures and PDF only (the job reads the
 * database once before). Not a pass/fail; the aim is p95 ≤ 500 ms.
 */
import path from 'node:path'
import { repoRoot } from '../lib/paths'
import { runOrThrow } from '../lib/processes'

export const benchDocuments = async () => {
  await runOrThrow(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/bench/lib/documentsRender.ts')], {
    cwd: path.join(repoRoot, 'cms'),
    env: { ...process.env, NODE_ENV: 'production' },
  })
}
