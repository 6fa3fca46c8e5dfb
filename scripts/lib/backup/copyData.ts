/**
 * The logical dump written by Node when no pg_dump can read the server (the
 * embedded PostgreSQL ships none): each table in PostgreSQL's COPY text
 * format, which round-trips every type exactly (docs/decisions/043-backups.md).
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'
import { tableDataFile, TABLES_DIR, type TableFacts } from './manifest'
import { quoteTable } from './tableFacts'

const columnList = (client: pg.Client, table: TableFacts) => table.columns.map((c) => client.escapeIdentifier(c)).join(', ')

/** Writes every table into `dir`/database/tables; `client` is inside the backup's snapshot transaction. */
export const copyTablesOut = async (client: pg.Client, tables: TableFacts[], dir: string): Promise<void> => {
  await mkdir(path.join(dir, TABLES_DIR), { recursive: true })
  for (const table of tables) {
    const sql = `copy ${quoteTable(client, table)} (${columnList(client, table)}) to stdout`
    await pipeline(client.query(copyTo(sql)), createWriteStream(path.join(dir, tableDataFile(table))))
  }
}

/** Loads every table from `dir`/database/tables; `client` is inside the restore's transaction. */
export const copyTablesIn = async (client: pg.Client, tables: TableFacts[], dir: string): Promise<void> => {
  for (const table of tables) {
    const sql = `copy ${quoteTable(client, table)} (${columnList(client, table)}) from stdin`
    await pipeline(createReadStream(path.join(dir, tableDataFile(table))), client.query(copyFrom(sql)))
  }
}
