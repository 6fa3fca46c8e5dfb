import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { runOrThrow } from './processes'
import { repoRoot } from './paths'

const SKIP = new Set(['node_modules', '.next', 'build', '.react-router', '.data'])

const newestMtime = (target: string): number => {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(target)) {
    if (SKIP.has(entry) || entry.endsWith('.test.ts')) continue
    newest = Math.max(newest, newestMtime(path.join(target, entry)))
  }
  return newest
}

type App = { workspace: string; output: string; sources: string[] }

const APPS: App[] = [
  {
    workspace: 'cms',
    output: 'cms/.next/BUILD_ID',
    sources: ['cms/src', 'cms/next.config.ts', 'cms/package.json', 'shared/src', 'package-lock.json'],
  },
  {
    workspace: 'web',
    output: 'web/build/server/index.js',
    sources: ['web/app', 'web/server', 'web/vite.config.ts', 'web/react-router.config.ts', 'web/package.json', 'shared/src', 'package-lock.json'],
  },
]

const isStale = (app: App): boolean => {
  const output = path.join(repoRoot, app.output)
  if (!existsSync(output)) return true
  const built = statSync(output).mtimeMs
  return app.sources.some((source) => newestMtime(path.join(repoRoot, source)) > built)
}

/** Builds cms and web for production when their build is missing or older than their sources. */
export const ensureBuilt = async (): Promise<void> => {
  for (const app of APPS) {
    if (!isStale(app)) continue
    console.log(`[atlas] building ${app.workspace}…`)
    await runOrThrow('npm', ['run', 'build', '-w', app.workspace], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    })
  }
}
