/**
 * `npm run restore`: an archive made by createBackup into an EMPTY database
 * and empty folders, then the proof: every table's row count and checksum,
 * every file's hash, compared with the manifest.
 */
import { execFile, type StdioOptions } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { binOf, repoRoot } from '../paths'
import { run } from '../processes'
import { localSecrets } from '../secrets'
import { unpackArchive } from './archive'
import { copyTablesIn } from './copyData'
import { copyFolders, describeListedFiles, folderPaths, FOLDER_NAMES, nonEmptyFolders, type FolderName } from './fileFolders'
import { FILES_DIR, readManifest, tableKey, type Manifest } from './manifest'
import { findPgTool, pgToolConnection } from './pgTools'
import { fixSessionSettings, listTables, quoteTable, readTableFacts } from './tableFacts'
import { compare, compareFiles, compareTables, type Comparison } from './verification'

const execFileAsync = promisify(execFile)
const MIGRATIONS_DIR = path.join(repoRoot, 'cms', 'src', 'migrations')

export type RestoreOptions = {
  archive: string
  databaseUrl: string
  mediaDir: string
  log?: (line: string) => void
  /** Output of the cms migration run; tests silence it. */
  migrationOutput?: 'inherit' | 'ignore'
}

export type RestoreResult = { manifest: Manifest; comparison: Comparison }

/** A restore that did not start: nothing was written. */
export class RestoreRefused extends Error {}

const connect = async (url: string): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await fixSessionSettings(client)
  return client
}

const refuseUnlessEmpty = async (url: string, folders: Record<FolderName, string>): Promise<void> => {
  const client = await connect(url)
  try {
    const tables = await listTables(client)
    if (tables.length > 0) {
      const name = decodeURIComponent(new URL(url).pathname.slice(1))
      const some = tables.slice(0, 3).map((t) => t.name).join(', ')
      throw new RestoreRefused(
        `the database "${name}" is not empty (${tables.length} tables: ${some}…): a restore writes only into an empty database. ` +
          'Create one (createdb) and pass --database-url, or, for the embedded database, stop Atlas and move .data/postgres aside.',
      )
    }
  } finally {
    await client.end()
  }
  const busy = await nonEmptyFolders(folders)
  if (busy.length > 0) {
    throw new RestoreRefused(`${busy.join(', ')} already hold files: a restore writes only into empty folders (move them aside, or pass --media-dir)`)
  }
}

/** Rebuilds the schema the backup had: exactly its migrations, from this code. */
const migrateExactly = async (manifest: Manifest, url: string, stdio: StdioOptions): Promise<void> => {
  const names = manifest.migrations.map((m) => m.name)
  const code = await run(binOf('tsx'), ['src/bin/migrateExactly.ts', ...names], {
    cwd: path.join(repoRoot, 'cms'),
    env: { ...process.env, ...localSecrets(), DATABASE_URL: url },
    stdio,
  })
  if (code !== 0) throw new Error(`the cms migrations failed (exit ${code}) while rebuilding the schema`)
}

/** Loads the COPY files with triggers and foreign-key checks off (session_replication_role = replica), then sequences. */
const loadCopyData = async (manifest: Manifest, url: string, dir: string): Promise<void> => {
  const client = await connect(url)
  try {
    await client.query('begin')
    try {
      await client.query(`set local session_replication_role = replica`)
    } catch (error) {
      throw new Error(
        `this role may not set session_replication_role (${(error as Error).message}): restore as a superuser, or on a managed server as its admin role`,
      )
    }
    const present = await listTables(client)
    const presentKeys = new Set(present.map(tableKey))
    const absent = manifest.tables.filter((t) => !presentKeys.has(tableKey(t)))
    if (absent.length > 0) throw new Error(`the migrations did not create ${absent.map(tableKey).join(', ')}`)
    // Rows the migrations wrote (payload_migrations, their own data) give way to the backup's.
    if (present.length > 0) await client.query(`truncate table ${present.map((t) => quoteTable(client, t)).join(', ')}`)
    await copyTablesIn(client, manifest.tables, dir)
    for (const sequence of manifest.sequences) {
      await client.query('select setval($1::regclass, $2::bigint, $3)', [quoteTable(client, sequence), sequence.lastValue, sequence.isCalled])
    }
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}

const pgRestore = async (manifest: Manifest, url: string, dir: string): Promise<void> => {
  if (manifest.data.kind !== 'pg_dump-custom') return
  const tool = findPgTool('pg_restore', manifest.data.toolMajor)
  if (!tool) {
    throw new RestoreRefused(`this backup was written by ${manifest.data.tool}: install pg_restore ${manifest.data.toolMajor} or later (or set PG_BIN)`)
  }
  const connection = pgToolConnection(url)
  try {
    await execFileAsync(
      tool.path,
      ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${connection.dbname}`, path.join(dir, manifest.data.file)],
      { env: connection.env, maxBuffer: 64 * 1024 * 1024 },
    )
  } catch (error) {
    throw new Error(`pg_restore failed: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`)
  }
}

const verify = async (manifest: Manifest, url: string, folders: Record<FolderName, string>): Promise<Comparison> => {
  const client = await connect(url)
  try {
    await client.query('begin isolation level repeatable read read only')
    const tables = compareTables(manifest.tables, await readTableFacts(client))
    await client.query('commit')
    return compare(tables, compareFiles(manifest.files, await describeListedFiles(folders, manifest.files)))
  } finally {
    await client.end()
  }
}

export const restoreBackup = async (options: RestoreOptions): Promise<RestoreResult> => {
  const log = options.log ?? (() => {})
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-restore-'))
  try {
    await unpackArchive(path.resolve(options.archive), dir)
    const manifest = await readManifest(dir)
    log(`backup of ${manifest.createdAt} (PostgreSQL ${manifest.server.version}, ${manifest.data.kind}, ${manifest.migrations.length} migrations)`)
    const unknown = manifest.migrations.filter((m) => !existsSync(path.join(MIGRATIONS_DIR, `${m.name}.ts`))).map((m) => m.name)
    if (unknown.length > 0 && manifest.data.kind === 'copy-text') {
      throw new RestoreRefused(`this code lacks the migrations ${unknown.join(', ')}: restore with the version of Atlas that made the backup, or a later one`)
    }
    if (unknown.length > 0) log(`warning: this code lacks the migrations ${unknown.join(', ')} (the schema comes from the dump)`)
    const folders = folderPaths(options.mediaDir)
    await refuseUnlessEmpty(options.databaseUrl, folders)

    if (manifest.data.kind === 'pg_dump-custom') {
      log('schema and data: pg_restore')
      await pgRestore(manifest, options.databaseUrl, dir)
    } else {
      log('schema: the backup\'s migrations; data: COPY')
      await migrateExactly(manifest, options.databaseUrl, options.migrationOutput === 'ignore' ? ['ignore', 'ignore', 'inherit'] : 'inherit')
      await loadCopyData(manifest, options.databaseUrl, dir)
    }
    const unpacked = Object.fromEntries(FOLDER_NAMES.map((name) => [name, path.join(dir, FILES_DIR, name)])) as Record<FolderName, string>
    await copyFolders(unpacked, folders)
    log(`files: ${manifest.files.length} into ${folders.media} and beside it`)
    return { manifest, comparison: await verify(manifest, options.databaseUrl, folders) }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
