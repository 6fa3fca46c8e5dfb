/**
 * manifest.json, the first file of every backup archive: what the archive
 * holds and the facts a restore is verified against (docs/decisions/043-backups.md).
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

export const BACKUP_FORMAT_VERSION = 1
export const MANIFEST_FILE = 'manifest.json'
/** Inside the archive: the data (database/…) and the files (files/media, files/invoices, files/documents). */
export const DATABASE_DIR = 'database'
export const DUMP_FILE = `${DATABASE_DIR}/atlas.dump`
export const TABLES_DIR = `${DATABASE_DIR}/tables`
export const FILES_DIR = 'files'

export type TableFacts = {
  schema: string
  name: string
  /** In table order; generated columns left out (COPY cannot write them). */
  columns: string[]
  rows: number
  /** md5 over the md5 of each row's text, in primary-key order (tableFacts.ts). */
  checksum: string
}

export type SequenceFacts = { schema: string; name: string; lastValue: string; isCalled: boolean }

/** `path` is relative to files/ in the archive, e.g. `invoices/F-2026-0001.pdf`. */
export type FileFacts = { path: string; bytes: number; sha256: string; mode: number }

/**
 * `pg_dump-custom`: database/atlas.dump, schema and data, restored by pg_restore.
 * `copy-text`: database/tables/<schema>.<table>.copy (COPY text format), schema
 * rebuilt by running exactly `migrations` from the cms code.
 */
export type DataFormat =
  | { kind: 'pg_dump-custom'; file: string; tool: string; toolMajor: number }
  | { kind: 'copy-text'; dir: string }

export type Manifest = {
  formatVersion: typeof BACKUP_FORMAT_VERSION
  createdAt: string
  server: { version: string; major: number }
  database: string
  data: DataFormat
  /** payload_migrations as it was in the snapshot, oldest first. */
  migrations: { name: string; batch: number | null }[]
  tables: TableFacts[]
  sequences: SequenceFacts[]
  files: FileFacts[]
}

export const tableKey = (table: { schema: string; name: string }) => `${table.schema}.${table.name}`
export const tableDataFile = (table: { schema: string; name: string }) => `${TABLES_DIR}/${tableKey(table)}.copy`

export const writeManifest = (dir: string, manifest: Manifest) =>
  writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)

export const readManifest = async (dir: string): Promise<Manifest> => {
  let manifest: Manifest
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest
  } catch (error) {
    throw new Error(`this is not an Atlas backup: no readable ${MANIFEST_FILE} (${(error as Error).message})`)
  }
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new Error(`backup format ${String(manifest.formatVersion)} is not supported by this code (it reads format ${BACKUP_FORMAT_VERSION})`)
  }
  return manifest
}
