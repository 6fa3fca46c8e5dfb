import type { SpawnOptions } from 'node:child_process'
import path from 'node:path'
import { startDatabase, type Database } from './database'
import { binOf, repoRoot } from './paths'
import { freePort, isListening } from './ports'
import { runOrThrow, startService, stopAll } from './processes'
import { localSecrets } from './secrets'
import { waitForHttp } from './waitFor'

export type StackOptions = {
  mode: 'production' | 'development'
  /** Where the embedded cluster keeps its files (ignored with DATABASE_URL). */
  dataDir: string
  databaseName: string
  database?: Database
  seed: boolean
  cmsPort?: number
  webPort?: number
  quiet?: boolean
  /**
   * TRUST_PROXY of each app when it differs from the environment's. The test
   * stack lets tests play web's reverse proxy (web: 1), the cms being reached
   * directly (0). docs/decisions/018-secrets-and-client-ip.md.
   */
  trustProxy?: { cms: number; web: number }
}

export type Stack = {
  cmsUrl: string
  webUrl: string
  databaseUrl: string
  env: NodeJS.ProcessEnv
  stop: () => Promise<void>
}

const portFromEnv = (name: string): number | undefined => Number(process.env[name]) || undefined

const pickPort = async (wanted: number | undefined, fallback: number): Promise<number> => {
  if (wanted) return wanted
  return (await isListening(fallback)) ? freePort() : fallback
}

/** Database, migrations (+ demo seed), cms and web, wired to each other. */
export const startStack = async (options: StackOptions): Promise<Stack> => {
  const database = options.database ?? (await startDatabase({ dataDir: options.dataDir, databaseName: options.databaseName }))
  const cmsPort = await pickPort(options.cmsPort ?? portFromEnv('CMS_PORT'), 3001)
  const webPort = await pickPort(options.webPort ?? portFromEnv('WEB_PORT'), 3000)
  const cmsUrl = `http://localhost:${cmsPort}`
  const webUrl = `http://localhost:${webPort}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: options.mode,
    DATABASE_URL: database.url,
    CMS_URL: `http://127.0.0.1:${cmsPort}`,
    CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL || cmsUrl,
    WEB_URL: process.env.WEB_URL || webUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    ATLAS_DEMO: '1',
    MEDIA_DIR: process.env.MEDIA_DIR || path.join(repoRoot, '.data', 'media'),
    // Generated on first run into .data/secrets.json, reused after; a value from the environment wins.
    ...localSecrets(),
  }
  const cmsEnv = options.trustProxy ? { ...env, TRUST_PROXY: String(options.trustProxy.cms) } : env
  const webEnv = options.trustProxy ? { ...env, TRUST_PROXY: String(options.trustProxy.web) } : env
  const stdio: SpawnOptions = options.quiet ? { stdio: ['ignore', 'ignore', 'inherit'] } : {}
  await runOrThrow(binOf('tsx'), ['src/bin/prepare.ts', ...(options.seed ? [] : ['--no-seed'])], {
    cwd: path.join(repoRoot, 'cms'),
    env,
    ...stdio,
  })

  const dev = options.mode === 'development'
  startService('cms', binOf('next'), [dev ? 'dev' : 'start', '-p', String(cmsPort)], {
    cwd: path.join(repoRoot, 'cms'),
    env: cmsEnv,
  })
  startService(
    'web',
    // Production: web's own server (security headers, body limit; docs/decisions/023-security-headers.md).
    dev ? binOf('react-router') : process.execPath,
    dev ? ['dev', '--port', String(webPort), '--strictPort'] : ['server.js'],
    { cwd: path.join(repoRoot, 'web'), env: { ...webEnv, PORT: String(webPort) } },
  )
  await waitForHttp(`http://127.0.0.1:${cmsPort}/api/health`, dev ? 300_000 : 120_000)
  await waitForHttp(`http://127.0.0.1:${webPort}/healthz`, dev ? 300_000 : 60_000)

  return {
    cmsUrl,
    webUrl,
    databaseUrl: database.url,
    env,
    stop: async () => {
      await stopAll()
      await database.stop()
    },
  }
}

/**
 * The stack for one test or benchmark run: production builds on free ports,
 * on the given (fresh) database, seeded with the demo data, servers quiet.
 */
export const startIsolatedStack = async (database: Database): Promise<Stack> =>
  startStack({
    mode: 'production',
    dataDir: '',
    databaseName: 'atlas_test',
    database,
    seed: true,
    cmsPort: await freePort(),
    webPort: await freePort(),
    quiet: true,
    trustProxy: { cms: 0, web: 1 },
  })
