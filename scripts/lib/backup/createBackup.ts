/**
 * `npm run backup`: one archive holding a consistent copy of the database
 * (every table read in one REPEATABLE READ snapshot), the media and private
 * folders, and a manifest of row counts and checksums to verify a restore by.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { archiveName, packArchive } from './archive'
import { copyTablesOut } from './copyData'
import { copyFolders, describeFiles, folderPaths, FOLDER_NAMES, type FolderName } from './fileFolders'
import { BACKUP_FORMAT_VERSION, DATABASE_DIR, DUMP_FILE, FILES_DIR, TABLES_DIR, writeManifest, type DataFormat, type Manifest } from './manifest'
import { findPgTool, pgToolConnection } from './pgTools'
import { fixSessionSettings, readMigrations, readSequences, readTableFacts, serverVersion } from './tableFacts'

const execFileAsync = promisify(execFile)

/** auto: pg_dump -Fc when one ≥ the server's major is installed, else COPY by Node. */
export type BackupFormat = 'auto' | 'pg_dump' | 'copy'

export type BackupOptions = {
  databaseUrl: string
  outDir: string
  mediaDir: string
  format?: BackupFormat
  now?: Date
  log?: (line: string) => void
}

export type BackupResult = { file: string; manifest: Manifest }

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ''))

export const createBackup = async (options: BackupOptions): Promise<BackupResult> => {
  const log = options.log ?? (() => {})
  const now = options.now ?? new Date()
  const file = path.join(options.outDir, archiveName(now))
  if (existsSync(file)) throw new Error(`${file} already exists: not overwritten`)
  await mkdir(options.outDir, { recursive: true })
  const staging = await mkdtemp(path.join(options.outDir, '.atlas-backup-'))
  const partial = `${file}.partial`
  const client = new pg.Client({ connectionString: options.databaseUrl })
  try {
    await client.connect()
    await fixSessionSettings(client)
    // One snapshot for everything read below, pg_dump included (--snapshot).
    await client.query('begin isolation level repeatable read read only')
    const server = await serverVersion(client)
    const format = options.format ?? 'auto'
    const pgDump = format === 'copy' ? null : findPgTool('pg_dump', server.major)
    if (format === 'pg_dump' && !pgDump) {
      throw new Error(`no pg_dump of version ${server.major} or later found (PG_BIN, PATH, /usr/lib/postgresql/*/bin): the server is ${server.version}`)
    }
    const snapshot = pgDump ? (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]!.id : null
    const tables = await readTableFacts(client)
    const sequences = await readSequences(client)
    const migrations = await readMigrations(client)
    log(`${tables.length} tables, ${tables.reduce((sum, t) => sum + t.rows, 0)} rows, ${migrations.length} migrations (PostgreSQL ${server.version})`)

    let data: DataFormat
    await mkdir(path.join(staging, DATABASE_DIR), { recursive: true })
    if (pgDump && snapshot) {
      log(`data: ${pgDump.version}, custom format`)
      const connection = pgToolConnection(options.databaseUrl)
      await execFileAsync(
        pgDump.path,
        ['--format=custom', `--snapshot=${snapshot}`, `--file=${path.join(staging, DUMP_FILE)}`, `--dbname=${connection.dbname}`],
        { env: connection.env },
      )
      data = { kind: 'pg_dump-custom', file: DUMP_FILE, tool: pgDump.version, toolMajor: pgDump.major }
    } else {
      log(`data: COPY text format, one file per table (${format === 'copy' ? '--format copy' : `no pg_dump ${server.major} or later found`})`)
      await copyTablesOut(client, tables, staging)
      data = { kind: 'copy-text', dir: TABLES_DIR }
    }
    await client.query('commit')

    // Files after the snapshot: uploads are new files, never rewritten, so every file a row names is there.
    const folders = folderPaths(options.mediaDir)
    const staged = Object.fromEntries(FOLDER_NAMES.map((name) => [name, path.join(staging, FILES_DIR, name)])) as Record<FolderName, string>
    await copyFolders(folders, staged)
    const files = await describeFiles(staged)
    log(`files: ${files.length} from ${folders.media} and the private folders beside it`)

    const manifest: Manifest = {
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now.toISOString(),
      server,
      database: databaseName(options.databaseUrl),
      data,
      migrations,
      tables,
      sequences,
      files,
    }
    await writeManifest(staging, manifest)
    await packArchive(staging, partial)
    // Client files and password hashes: readable by the owner only.
    await chmod(partial, 0o600)
    await rename(partial, file)
    return { file, manifest }
  } finally {
    await client.end().catch(() => {})
    await rm(staging, { recursive: true, force: true })
    await rm(partial, { force: true })
  }
}
