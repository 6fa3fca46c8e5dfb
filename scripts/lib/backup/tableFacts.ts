/**
 * What a database holds, read the same way on the backed-up and the restored
 * side so the two can be compared: tables with their row count and checksum,
 * sequences, applied Payload migrations.
 */
import type pg from 'pg'
import type { Manifest, SequenceFacts, TableFacts } from './manifest'

const SYSTEM_SCHEMAS = `('pg_catalog', 'information_schema', 'pg_toast')`

/**
 * Row text depends on session settings (time zone, date style…): both sides
 * fix them, so a timestamp prints the same in the backup, the data files and
 * the verification.
 */
export const fixSessionSettings = async (client: pg.Client): Promise<void> => {
  await client.query(`set time zone 'UTC'`)
  await client.query(`set datestyle = 'ISO, YMD'`)
  await client.query(`set intervalstyle = 'postgres'`)
  await client.query(`set extra_float_digits = 1`)
  await client.query(`set bytea_output = 'hex'`)
  await client.query(`set client_encoding = 'UTF8'`)
}

export const quoteTable = (client: pg.Client, table: { schema: string; name: string }) =>
  `${client.escapeIdentifier(table.schema)}.${client.escapeIdentifier(table.name)}`

type TableShape = { schema: string; name: string; columns: string[]; primaryKey: string[] }

/** Ordinary tables outside the system schemas, by schema and name. */
export const listTables = async (client: pg.Client): Promise<TableShape[]> => {
  const { rows } = await client.query<{ schema: string; name: string; columns: string[]; primary_key: string[] | null }>(`
    select n.nspname as schema, c.relname as name,
      array(select a.attname::text from pg_attribute a
            where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
            order by a.attnum) as columns,
      (select array(select a.attname::text from unnest(i.indkey) with ordinality k(attnum, ord)
                    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum order by k.ord)
       from pg_index i where i.indrelid = c.oid and i.indisprimary) as primary_key
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname not in ${SYSTEM_SCHEMAS} and n.nspname not like 'pg_temp%'
    order by n.nspname, c.relname`)
  return rows.map((r) => ({ schema: r.schema, name: r.name, columns: r.columns, primaryKey: r.primary_key ?? [] }))
}

/**
 * Row count and checksum: md5 of the concatenated md5 of each row's text,
 * in primary-key order (whole-row order without one). Hashing rows first
 * keeps the aggregate at 32 bytes a row.
 */
export const tableChecksum = async (client: pg.Client, table: TableShape): Promise<{ rows: number; checksum: string }> => {
  const order = table.primaryKey.length > 0
    ? table.primaryKey.map((column) => `atlas_row.${client.escapeIdentifier(column)}`).join(', ')
    : 'atlas_row::text'
  const { rows } = await client.query<{ rows: string; checksum: string }>(
    `select count(*) as rows, md5(coalesce(string_agg(md5(atlas_row::text), '' order by ${order}), '')) as checksum
     from ${quoteTable(client, table)} atlas_row`,
  )
  return { rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum }
}

export const readTableFacts = async (client: pg.Client): Promise<TableFacts[]> => {
  const facts: TableFacts[] = []
  for (const table of await listTables(client)) {
    facts.push({ schema: table.schema, name: table.name, columns: table.columns, ...(await tableChecksum(client, table)) })
  }
  return facts
}

export const readSequences = async (client: pg.Client): Promise<SequenceFacts[]> => {
  const { rows: names } = await client.query<{ schema: string; name: string }>(`
    select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'S' and n.nspname not in ${SYSTEM_SCHEMAS} order by 1, 2`)
  const sequences: SequenceFacts[] = []
  for (const sequence of names) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text, is_called from ${quoteTable(client, sequence)}`,
    )
    sequences.push({ ...sequence, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called })
  }
  return sequences
}

export const readMigrations = async (client: pg.Client): Promise<Manifest['migrations']> => {
  const { rows: found } = await client.query(`select 1 from pg_tables where schemaname = 'public' and tablename = 'payload_migrations'`)
  if (found.length === 0) return []
  const { rows } = await client.query<{ name: string; batch: string | null }>(
    `select name, batch::text from public.payload_migrations order by id`,
  )
  return rows.map((r) => ({ name: r.name, batch: r.batch === null ? null : Number(r.batch) }))
}

export const serverVersion = async (client: pg.Client): Promise<{ version: string; major: number }> => {
  const { rows } = await client.query<{ version: string; num: string }>(
    `select current_setting('server_version') as version, current_setting('server_version_num') as num`,
  )
  return { version: rows[0]!.version, major: Math.floor(Number(rows[0]!.num) / 10000) }
}
