import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SECRET_NAMES, secretProblem } from '@atlas/shared/secrets.server'
import { localSecrets, secretsFile } from './secrets'

const dirs: string[] = []
const freshDataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-secrets-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('the secrets of `npm start` and `npm test` (scripts/lib/secrets.ts)', () => {
  it('are generated on first run into the data folder, good enough for production, readable by the owner only', () => {
    const file = secretsFile(freshDataDir())
    const secrets = localSecrets({}, file)
    for (const name of SECRET_NAMES) expect(secretProblem(name, secrets[name])).toBeNull()
    expect(new Set(Object.values(secrets)).size).toBe(SECRET_NAMES.length)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(secrets)
    expect(statSync(file).mode & 0o077).toBe(0)
  })

  it('are reused on later runs, and differ from one installation to another', () => {
    const file = secretsFile(freshDataDir())
    const first = localSecrets({}, file)
    expect(localSecrets({}, file)).toEqual(first)
    expect(localSecrets({}, secretsFile(freshDataDir()))).not.toEqual(first)
  })

  it('a value set in the environment (.env) wins', () => {
    const file = secretsFile(freshDataDir())
    const mine = 'm'.repeat(40)
    expect(localSecrets({ SESSION_SECRET: mine }, file).SESSION_SECRET).toBe(mine)
  })
})
