/**
 * Invoice PDF benchmark (docs/decisions/035-invoices.md): p50/p95 of
 * rendering an Atlas invoice against a one-page react-pdf document rendered
 * in the same process, alternately. Rendering only (the stored PDF is
 * rendered once per invoice, then read from disk). Not a pass/fail.
 */
import path from 'node:path'
import { repoRoot } from '../lib/paths'
import { runOrThrow } from '../lib/processes'

export const benchInvoice = async () => {
  await runOrThrow(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/bench/lib/invoiceRender.ts')], {
    cwd: path.join(repoRoot, 'cms'),
    env: { ...process.env, NODE_ENV: 'production' },
  })
}
