/// <reference types="node" />
import { createHash, randomBytes } from 'node:crypto'

/**
 * The secrets Atlas signs and vouches with (docs/decisions/018-secrets-and-client-ip.md).
 * No default value exists in the code: production refuses to start without a
 * good one, the demo (`npm start`) generates its own into .data/.
 */
export const SECRET_NAMES = ['PAYLOAD_SECRET', 'SESSION_SECRET', 'WEB_FORWARD_KEY', 'STRIPE_WEBHOOK_SECRET'] as const
export type SecretName = (typeof SECRET_NAMES)[number]

export const SECRET_MIN_LENGTH = 32

/**
 * SHA-256 of every secret value ever committed to this repository (found with
 * `git log -p -S change-me` and a search for quoted secrets): public, so never good enough.
 * Hashes rather than the values, so that no usable secret sits in the code.
 */
const COMMITTED_SECRET_HASHES = new Set([
  'bc59c47bd591ae93193cf5a6983558ea60a23831b1d15b636dae687091514682',
  'c55fcaf809c999914be0bb8ff78f9f9ef42ff001edaeae50edc4fe0791c0800e',
  '6ed2f263f38849639d88bca780cbb64aacfb7a1baa85aa3929e2599c50592a52',
  '9caf06bb4436cdbfa20af9121a626bc1093c4f54b31c0fa937957856135345b6',
])

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

/** What is wrong with a production secret, in one sentence naming the variable; null when it is fine. */
export function secretProblem(name: SecretName, value: string | undefined): string | null {
  const secret = value?.trim() ?? ''
  if (secret === '') return `${name} is not set: production needs a random value of at least ${SECRET_MIN_LENGTH} characters (see .env.example).`
  if (secret.length < SECRET_MIN_LENGTH) return `${name} is shorter than ${SECRET_MIN_LENGTH} characters: set a longer random value (see .env.example).`
  if (COMMITTED_SECRET_HASHES.has(sha256(secret))) return `${name} is a value published in the Atlas repository: set a new random value (see .env.example).`
  return null
}

/** A fresh random secret, as the demo generates and as `.env.example` suggests (`openssl rand -base64 48`). */
export const randomSecret = (): string => randomBytes(48).toString('base64url')

/**
 * The secret to use: the environment's. In production a missing, short or
 * published value stops the process with one sentence on stderr. Outside
 * production (tests, `next dev` run by hand) a missing value becomes a random
 * one for this process only (kept in its environment), so nothing falls back to a known value.
 */
export function readSecret(name: SecretName, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name]?.trim() ?? ''
  // `next build` evaluates the cms's modules in production mode without serving anything: nothing to protect yet.
  if (env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build') {
    const problem = secretProblem(name, value)
    if (problem) refuseToStart(problem)
    return value
  }
  if (value) return value
  // Remembered in the environment so every module of this process agrees on it.
  env[name] = randomSecret()
  return env[name]!
}

const refuseToStart = (sentence: string): never => {
  console.error(`[atlas] refusing to start: ${sentence}`)
  process.exit(1)
}
