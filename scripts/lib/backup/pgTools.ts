/**
 * PostgreSQL's client programs (pg_dump, pg_restore) when a version that can
 * talk to the server is installed: PG_BIN first, then PATH, then Debian's
 * /usr/lib/postgresql/<major>/bin. The embedded server ships none.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

export type PgTool = { path: string; version: string; major: number }

const versionOf = (file: string): PgTool | null => {
  try {
    const version = execFileSync(file, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    const major = Number(/\b(\d+)(?:\.\d+)?/.exec(version)?.[1])
    return Number.isInteger(major) ? { path: file, version, major } : null
  } catch {
    return null
  }
}

const candidates = (name: string): string[] => {
  const dirs: string[] = []
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN)
  dirs.push(...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean))
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) dirs.push(...readdirSync(debian).map((major) => path.join(debian, major, 'bin')))
  return [...new Set(dirs.map((dir) => path.join(dir, name)))].filter((file) => existsSync(file))
}

/** Every installed copy of `name`, newest major first. */
export const installedPgTools = (name: 'pg_dump' | 'pg_restore'): PgTool[] =>
  candidates(name)
    .map(versionOf)
    .filter((tool): tool is PgTool => tool !== null)
    .sort((a, b) => b.major - a.major)

/**
 * The copy to use against a server (or archive) of `minMajor`: PG_BIN's when
 * it is recent enough, else the newest found. Null when none is recent enough
 * (pg_dump refuses a newer server; pg_restore a newer archive).
 */
export const findPgTool = (name: 'pg_dump' | 'pg_restore', minMajor: number): PgTool | null => {
  const usable = installedPgTools(name).filter((tool) => tool.major >= minMajor)
  const fromPgBin = process.env.PG_BIN ? usable.find((tool) => path.dirname(tool.path) === path.resolve(process.env.PG_BIN!)) : undefined
  return fromPgBin ?? usable[0] ?? null
}

/** A connection for a pg tool's --dbname with the password in PGPASSWORD, not on the command line (ps shows it). */
export const pgToolConnection = (url: string): { dbname: string; env: NodeJS.ProcessEnv } => {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } }
}
