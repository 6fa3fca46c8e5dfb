/**
 * `npm run restore -- <archive> [--database-url <url>] [--media-dir <dir>]`:
 * restores a backup into an EMPTY database (--database-url, else DATABASE_URL,
 * else the embedded one under .data/postgres) and empty folders (--media-dir,
 * else MEDIA_DIR, else .data/media; invoices/ and documents/ beside it), then
 * prints the table-by-table comparison with the backup's manifest. Exit 0 only
 * when everything is equal. docs/operations.md, docs/decisions/043-backups.md.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { restoreTarget } from './lib/backup/databaseTarget'
import { defaultMediaDir } from './lib/backup/fileFolders'
import { restoreBackup } from './lib/backup/restoreBackup'
import { formatComparison } from './lib/backup/verification'
import { loadDotEnv } from './lib/dotenv'

loadDotEnv()

const here = process.env.INIT_CWD ?? process.cwd()

let code = 1
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'database-url': { type: 'string' }, 'media-dir': { type: 'string' } },
  })
  if (positionals.length !== 1) throw new Error('usage: npm run restore -- <archive.tar.gz> [--database-url <url>] [--media-dir <dir>]')
  const archive = path.resolve(here, positionals[0]!)
  if (!existsSync(archive)) throw new Error(`no such archive: ${archive}`)
  const database = await restoreTarget(values['database-url'])
  try {
    const { comparison } = await restoreBackup({
      archive,
      databaseUrl: database.url,
      mediaDir: values['media-dir'] ? path.resolve(here, values['media-dir']) : defaultMediaDir(),
      log: (line) => console.log(`[restore] ${line}`),
      migrationOutput: 'ignore',
    })
    console.log(formatComparison(comparison))
    code = comparison.equal ? 0 : 3
  } finally {
    await database.stop()
  }
} catch (error) {
  console.error(`[restore] ${(error as Error).message}`)
}
process.exit(code)
