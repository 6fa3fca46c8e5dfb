/**
 * `npm run backup` → `npm run restore` on real PostgreSQL: the system server
 * when DATABASE_URL is set (databases created and dropped here), else an
 * embedded cluster of its own (PostgreSQL 18, the product's default, where no
 * pg_dump can read the server and the COPY format is the one that runs).
 * The source is migrated and seeded by the cms itself (cms/src/bin/prepare.ts).
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { dropDatabase, ensureDatabase, runningEmbedded, startEmbedded, type Database } from '../database'
import { binOf, repoRoot } from '../paths'
import { run } from '../processes'
import { localSecrets } from '../secrets'
import { packArchive, unpackArchive } from './archive'
import { createBackup, type BackupFormat } from './createBackup'
import { folderPaths } from './fileFolders'
import { readManifest, tableDataFile } from './manifest'
import { findPgTool } from './pgTools'
import { RestoreRefused, restoreBackup } from './restoreBackup'
import { fixSessionSettings, readTableFacts, serverVersion } from './tableFacts'
import { formatComparison } from './verification'

const SLOW = 240_000
const runId = `${Date.now().toString(36)}${process.pid}`
/** Tab, newline and backslash: what COPY's text format escapes. */
const UNICODE_NAME = 'Éloïse Ñúñez-Łukasz 🧭 «garde» \t tab\nligne 2 \\ fin'
const KV_DATA = { note: 'prêt à 3,5 % — 利率', nested: { nothing: null, list: [1, 2.5, -3, 1e21], emoji: '💶' }, quote: '"\\' }

let work: string
let cluster: Database | undefined
let serverUrl: string
const databases: string[] = []
let source: string
let sourceMedia: string

const urlOf = (name: string) => {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

const freshDatabase = async (label: string): Promise<string> => {
  const name = `atlas_backup_${label}_${runId}`
  await ensureDatabase(serverUrl, name)
  databases.push(name)
  return urlOf(name)
}

const withClient = async <T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await fixSessionSettings(client)
    return await body(client)
  } finally {
    await client.end()
  }
}

const backup = (format: BackupFormat, outDir: string) =>
  createBackup({ databaseUrl: source, outDir: path.join(work, outDir), mediaDir: sourceMedia, format })

const restore = async (archive: string, label: string) => {
  const databaseUrl = await freshDatabase(label)
  const mediaDir = path.join(work, `restored-${label}`, 'media')
  const result = await restoreBackup({ archive, databaseUrl, mediaDir, migrationOutput: 'ignore' })
  return { ...result, databaseUrl, mediaDir }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'atlas-backup-test-'))
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL
  } else {
    cluster = await startEmbedded(path.join(work, 'postgres'), 'postgres')
    serverUrl = cluster.url
  }
  source = await freshDatabase('source')
  sourceMedia = path.join(work, 'source', 'media')
  const code = await run(binOf('tsx'), ['src/bin/prepare.ts'], {
    cwd: path.join(repoRoot, 'cms'),
    env: { ...process.env, ...localSecrets(), DATABASE_URL: source, MEDIA_DIR: sourceMedia },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  expect(code).toBe(0)

  // Beyond the demo data: unicode and escapes, nulls, jsonb, numerics past float precision.
  await withClient(source, async (client) => {
    await client.query(`update users set name = $1, phone = null where id = (select min(id) from users where role = 'investor')`, [UNICODE_NAME])
    await client.query(
      `insert into assets (owner_id, kind, category, label, value_cents, crypto_quantity, ownership_share_pct, institution)
       select owner_id, kind, category, 'Bitcoin — 比特币 ✓', 12345678901234567890, 0.000000012345678901, 33.3333, null from assets order by id limit 1`,
    )
    await client.query(`insert into payload_kv (key, data) values ('backup-test', $1)`, [JSON.stringify(KV_DATA)])
  })
  const folders = folderPaths(sourceMedia)
  await mkdir(folders.media, { recursive: true })
  await writeFile(path.join(folders.media, 'photo-élodie.png'), randomBytes(4096))
  await mkdir(folders.invoices, { recursive: true, mode: 0o700 })
  await writeFile(path.join(folders.invoices, 'F-2026-0001.pdf'), '%PDF-1.7 facture', { mode: 0o600 })
  await mkdir(path.join(folders.documents, '12'), { recursive: true, mode: 0o700 })
  await writeFile(path.join(folders.documents, '12', 'bilan-v1.pdf'), '%PDF-1.7 bilan', { mode: 0o600 })
}, SLOW)

afterAll(async () => {
  for (const name of databases) await dropDatabase(serverUrl, name).catch(() => {})
  await cluster?.stop()
  if (work) await rm(work, { recursive: true, force: true })
}, SLOW)

describe('npm run backup → npm run restore (scripts/lib/backup)', () => {
  it('round-trips in the COPY format (the embedded default): equal row counts and checksums table by table, same files and modes, even with writes during the backup', async () => {
    // A writer busy during the whole backup: the snapshot keeps the data and the manifest in agreement.
    let writing = true
    const writer = withClient(source, async (client) => {
      for (let i = 0; writing; i++) await client.query(`insert into payload_kv (key, data) values ($1, '{}')`, [`during-${runId}-${i}`])
    })
    const { file, manifest } = await backup('copy', 'copy').finally(() => (writing = false))
    await writer

    expect(path.basename(file)).toMatch(/^atlas-backup-\d{8}-\d{6}\.tar\.gz$/)
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect(manifest.data.kind).toBe('copy-text')
    const applied = await withClient(source, async (c) => (await c.query<{ name: string }>('select name from payload_migrations order by id')).rows)
    expect(manifest.migrations.map((m) => m.name)).toEqual(applied.map((m) => m.name))
    expect(manifest.files.map((f) => [f.path, f.mode])).toEqual([
      ['media/photo-élodie.png', 0o666 & ~process.umask()],
      ['invoices/F-2026-0001.pdf', 0o600],
      ['documents/12/bilan-v1.pdf', 0o600],
    ])

    const { comparison, databaseUrl, mediaDir } = await restore(file, 'copy')
    expect(comparison.equal, formatComparison(comparison)).toBe(true)
    expect(comparison.tables.length).toBe(manifest.tables.length)
    expect(comparison.tables.find((t) => t.table === 'public.users')?.restored?.rows).toBeGreaterThan(0)

    // Checked again from outside the restore code: the two databases read the same.
    const restoredFacts = await withClient(databaseUrl, readTableFacts)
    expect(restoredFacts).toEqual(manifest.tables)
    const names = await withClient(databaseUrl, async (c) => (await c.query('select name, phone from users where name = $1', [UNICODE_NAME])).rows)
    expect(names).toEqual([{ name: UNICODE_NAME, phone: null }])
    const kv = await withClient(databaseUrl, async (c) => (await c.query(`select data from payload_kv where key = 'backup-test'`)).rows[0]?.data)
    expect(kv).toEqual(KV_DATA)
    const quantity = await withClient(databaseUrl, async (c) => (await c.query(`select crypto_quantity::text as q, value_cents::text as v from assets where label = 'Bitcoin — 比特币 ✓'`)).rows)
    expect(quantity).toEqual([{ q: '0.000000012345678901', v: '12345678901234567890' }])
    // Sequences carry on where the source was: the next user gets the id the source would give.
    const nextIds = await Promise.all([source, databaseUrl].map((url) => withClient(url, async (c) => (await c.query(`select last_value::text from users_id_seq`)).rows[0])))
    expect(nextIds[1]).toEqual(nextIds[0])
    const restoredInvoice = path.join(folderPaths(mediaDir).invoices, 'F-2026-0001.pdf')
    expect(await readFile(restoredInvoice, 'utf8')).toBe('%PDF-1.7 facture')
    expect((await stat(restoredInvoice)).mode & 0o777).toBe(0o600)
  }, SLOW)

  it('uses pg_dump custom format when a pg_dump as recent as the server is installed, restored by pg_restore, equal table by table', async () => {
    const major = (await withClient(source, serverVersion)).major
    const pgDump = findPgTool('pg_dump', major)
    const { file, manifest } = await backup('auto', 'auto')
    expect(manifest.data.kind).toBe(pgDump ? 'pg_dump-custom' : 'copy-text')
    const { comparison, databaseUrl } = await restore(file, 'auto')
    expect(comparison.equal, formatComparison(comparison)).toBe(true)
    expect(await withClient(databaseUrl, readTableFacts)).toEqual(manifest.tables)
  }, SLOW)

  it('refuses a database that is not empty, and folders that already hold files, writing nothing', async () => {
    const { file } = await backup('copy', 'refused')
    const sourceFactsBefore = await withClient(source, readTableFacts)
    const intoSource = restoreBackup({ archive: file, databaseUrl: source, mediaDir: path.join(work, 'unused', 'media') })
    await expect(intoSource).rejects.toThrow(RestoreRefused)
    await expect(intoSource).rejects.toThrow(/is not empty \(\d+ tables/)
    expect(await withClient(source, readTableFacts)).toEqual(sourceFactsBefore)

    const empty = await freshDatabase('refused')
    await expect(restoreBackup({ archive: file, databaseUrl: empty, mediaDir: sourceMedia })).rejects.toThrow(/already hold files/)
    expect(await withClient(empty, readTableFacts)).toEqual([])
  }, SLOW)

  it('detects a tampered archive: one row changed in the data fails the verification on that table only', async () => {
    const { file } = await backup('copy', 'tampered')
    const unpacked = path.join(work, 'tampered-unpacked')
    await mkdir(unpacked)
    await unpackArchive(file, unpacked)
    const manifest = await readManifest(unpacked)
    const users = path.join(unpacked, tableDataFile({ schema: 'public', name: 'users' }))
    const rows = await readFile(users, 'utf8')
    expect(rows).toContain('Éloïse')
    await writeFile(users, rows.replace('Éloïse', 'Eloise'))
    const tampered = path.join(work, 'tampered.tar.gz')
    await packArchive(unpacked, tampered)
    expect(existsSync(tampered)).toBe(true)

    const { comparison } = await restore(tampered, 'tampered')
    expect(comparison.equal).toBe(false)
    expect(comparison.tables.filter((t) => !t.equal).map((t) => t.table)).toEqual(['public.users'])
    const usersTable = comparison.tables.find((t) => t.table === 'public.users')!
    expect(usersTable.restored?.rows).toBe(usersTable.backup?.rows)
    expect(usersTable.restored?.checksum).not.toBe(manifest.tables.find((t) => t.name === 'users')?.checksum)
    expect(formatComparison(comparison)).toMatch(/public\.users\s+\d+\s+\d+\s+DIFFERS[\s\S]*verification: FAILED: 1 of \d+ tables/)
  }, SLOW)

  it('runs as `npm run backup` / `npm run restore`: the archive path printed, the comparison printed, exit 0 when equal, 1 when refused, 3 when the verification fails', async () => {
    const tsx = (args: string[]) =>
      promisify(execFile)(binOf('tsx'), args, { cwd: repoRoot, env: { ...process.env, INIT_CWD: work, DATABASE_URL: source, MEDIA_DIR: sourceMedia } })
    const out = await tsx(['scripts/backup.ts', '--out', 'cli'])
    const archive = /\[backup\] (\S+atlas-backup-\d{8}-\d{6}\.tar\.gz) /.exec(out.stdout)?.[1]
    expect(archive && path.dirname(archive)).toBe(path.join(work, 'cli'))

    const target = await freshDatabase('cli')
    const restored = await tsx(['scripts/restore.ts', archive!, '--database-url', target, '--media-dir', 'restored-cli/media'])
    expect(restored.stdout).toMatch(/public\.users\s+\d+\s+\d+\s+equal/)
    expect(restored.stdout).toMatch(/verification: OK: \d+ tables \(\d+ rows\) and 3 files equal/)
    expect(existsSync(path.join(work, 'restored-cli', 'invoices', 'F-2026-0001.pdf'))).toBe(true)

    const again = await tsx(['scripts/restore.ts', archive!, '--database-url', target, '--media-dir', 'elsewhere/media']).catch((e: { code: number; stderr: string }) => e)
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/\[restore\] the database "atlas_backup_cli_\w+" is not empty/) })

    // A media file changed inside the archive: the restore completes, the verification fails, exit 3.
    const unpacked = path.join(work, 'cli-unpacked')
    await mkdir(unpacked)
    await unpackArchive(archive!, unpacked)
    await writeFile(path.join(unpacked, 'files', 'invoices', 'F-2026-0001.pdf'), '%PDF-1.7 facture modifiée', { mode: 0o600 })
    await packArchive(unpacked, path.join(work, 'cli-tampered.tar.gz'))
    const other = await freshDatabase('clitampered')
    const failed = await tsx(['scripts/restore.ts', 'cli-tampered.tar.gz', '--database-url', other, '--media-dir', 'restored-clitampered/media']).catch(
      (e: { code: number; stdout: string }) => e,
    )
    expect(failed).toMatchObject({ code: 3, stdout: expect.stringMatching(/file invoices\/F-2026-0001\.pdf: content[\s\S]*verification: FAILED: 0 of \d+ tables and 1 of 3 files/) })
  }, SLOW)

  it('reaches the embedded cluster `npm start` is running, on the port its postmaster.pid names', async () => {
    const dir = path.join(work, 'running-postgres')
    expect(runningEmbedded(dir, 'postgres')).toBeNull()
    const running = await startEmbedded(dir, 'postgres')
    try {
      const found = runningEmbedded(dir, 'postgres')
      expect(found?.url).toBe(running.url)
      expect(await withClient(found!.url, async (c) => (await c.query('select 1 as one')).rows)).toEqual([{ one: 1 }])
    } finally {
      await running.stop()
    }
    expect(runningEmbedded(dir, 'postgres')).toBeNull()
  }, SLOW)
})
