import { spawn } from 'node:child_process'
import path from 'node:path'
import { freePort } from '../../scripts/lib/ports'
import { binOf, repoRoot } from '../../scripts/lib/paths'
import { randomSecret, type SecretName } from '@atlas/shared/secrets.server'

export type StartOutcome = { exited: boolean; code: number | null; stderr: string }

/** The three ways a production secret can be wrong, and a value of each kind. */
export const BAD_SECRETS = {
  missing: undefined,
  short: 'a'.repeat(31),
  // The value .env.example published until decision 018: long enough, yet public.
  published: ['atlas', 'dev', 'forward', 'key', 'change', 'me'].join('-'),
} as const

const APPS = {
  cms: { cwd: 'cms', command: () => [binOf('next'), 'start', '-p'] },
  // web's own server (decision 023), which imports the production build.
  web: { cwd: 'web', command: () => [process.execPath, 'server.js'] },
} as const

/**
 * Starts the production build of one app with good random secrets except
 * `name`, which gets `value`; waits until the process exits (or `waitMs`
 * passes, then stops it). A refusal to start is an exit, with its sentence on stderr.
 */
export async function startInProduction(app: keyof typeof APPS, name: SecretName, value: string | undefined, waitMs = 45_000): Promise<StartOutcome> {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none',
    PORT: String(port),
    PAYLOAD_SECRET: randomSecret(),
    SESSION_SECRET: randomSecret(),
    WEB_FORWARD_KEY: randomSecret(),
    STRIPE_WEBHOOK_SECRET: randomSecret(),
  }
  if (value === undefined) delete env[name]
  else env[name] = value
  const [command, ...args] = APPS[app].command()
  const child = spawn(command!, app === 'cms' ? [...args, String(port)] : args, {
    cwd: path.join(repoRoot, APPS[app].cwd),
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  })
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const timeout = new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), waitMs).unref())
  const outcome = await Promise.race([exit, timeout])
  if (outcome === 'running') {
    process.kill(-child.pid!, 'SIGKILL')
    return { exited: false, code: null, stderr }
  }
  return { exited: true, code: outcome, stderr }
}
