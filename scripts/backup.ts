/**
 * `npm run backup [-- --out <dir>] [--format auto|pg_dump|copy]`: writes
 * atlas-backup-YYYYMMDD-HHMMSS.tar.gz (Paris time) into <dir> (default
 * .data/backups): the database (DATABASE_URL, else the embedded one) read in
 * one snapshot, the media and private folders, and a manifest to verify a
 * restore by. docs/operations.md, docs/decisions/043-backups.md.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createBackup, type BackupFormat } from './lib/backup/createBackup'
import { backupSource } from './lib/backup/databaseTarget'
import { defaultMediaDir } from './lib/backup/fileFolders'
import { loadDotEnv } from './lib/dotenv'
import { repoRoot } from './lib/paths'

loadDotEnv()

const FORMATS: BackupFormat[] = ['auto', 'pg_dump', 'copy']
const here = process.env.INIT_CWD ?? process.cwd()

let code = 1
try {
  const { values } = parseArgs({ options: { out: { type: 'string' }, format: { type: 'string', default: 'auto' } } })
  const format = values.format as BackupFormat
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`)
  const outDir = values.out ? path.resolve(here, values.out) : path.join(repoRoot, '.data', 'backups')
  const database = await backupSource()
  try {
    const { file, manifest } = await createBackup({
      databaseUrl: database.url,
      outDir,
      mediaDir: defaultMediaDir(),
      format,
      log: (line) => console.log(`[backup] ${line}`),
    })
    console.log(`[backup] ${file} (${manifest.tables.length} tables, ${manifest.files.length} files)`)
    code = 0
  } finally {
    await database.stop()
  }
} catch (error) {
  console.error(`[backup] failed: ${(error as Error).message}`)
}
process.exit(code)
