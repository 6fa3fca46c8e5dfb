import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { randomSecret, SECRET_NAMES, type SecretName } from '@atlas/shared/secrets.server'
import { repoRoot } from './paths'

/** Where `npm start` and `npm test` keep the secrets they generated (ignored by git, like all of .data/). */
export const secretsFile = (dataRoot = path.join(repoRoot, '.data')) => path.join(dataRoot, 'secrets.json')

const readStored = (file: string): Partial<Record<SecretName, string>> => {
  if (!existsSync(file)) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<SecretName, string>>
  } catch {
    throw new Error(`${file} is not valid JSON: delete it and a new set of secrets will be generated.`)
  }
}

/**
 * The secrets the local stack runs with (docs/decisions/018-secrets-and-client-ip.md):
 * a value set in the environment (or .env) wins; any other is read from
 * .data/secrets.json, generated at random on first run and reused on later
 * runs, so sessions and preview links survive a restart. No value is built in.
 */
export function localSecrets(
  env: Partial<Record<string, string>> = process.env,
  file = secretsFile(),
): Record<SecretName, string> {
  const stored = readStored(file)
  let changed = false
  for (const name of SECRET_NAMES) {
    if (stored[name]) continue
    stored[name] = randomSecret()
    changed = true
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 })
  }
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, env[name]?.trim() || stored[name]!])) as Record<SecretName, string>
}
