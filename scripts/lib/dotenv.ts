import { existsSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './paths'

/** Reads the repository's .env, if any; variables already set win. */
export const loadDotEnv = () => {
  const file = path.join(repoRoot, '.env')
  if (existsSync(file)) process.loadEnvFile(file)
}
