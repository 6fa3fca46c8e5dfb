import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'
import { env } from '../env'

/*
 * At rest, a TOTP secret is sealed with AES-256-GCM under a key derived
 * (HKDF-SHA256) from PAYLOAD_SECRET, so a database dump alone gives no
 * secret; recovery codes are kept as HMAC-SHA256 digests under another
 * derived key. Node's crypto only: nothing here is hand-rolled.
 * (docs/decisions/024-two-factor-authentication.md)
 */

const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', env.payloadSecret, 'atlas', purpose, 32))

let keys: { seal: Buffer; codes: Buffer } | null = null
const keyring = () => (keys ??= { seal: derive('totp-secret-v1'), codes: derive('recovery-codes-v1') })

const VERSION = 'v1'

export const sealSecret = (secret: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyring().seal, iv)
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.')
}

/** The secret, or null when the value was not sealed by this server (another PAYLOAD_SECRET, tampering). */
export const openSecret = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  const [version, iv, tag, sealed] = value.split('.')
  if (version !== VERSION || !iv || !tag || !sealed) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyring().seal, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}

/** Ten codes like `7XKQ-M2PD-R9`, 50 random bits each (Crockford-like alphabet: no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const RECOVERY_CODE_COUNT = 10

const normalize = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '')

export const newRecoveryCodes = (): string[] =>
  Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(randomBytes(10), (byte) => ALPHABET[byte % ALPHABET.length]).join('')
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`
  })

export const hashRecoveryCode = (code: string): string => createHmac('sha256', keyring().codes).update(normalize(code)).digest('hex')

/** The index of `code` among `hashes`, or -1 (constant-time comparison of each digest). */
export const findRecoveryCode = (hashes: readonly string[], code: string): number => {
  const digest = Buffer.from(hashRecoveryCode(code), 'hex')
  let found = -1
  hashes.forEach((hash, index) => {
    const stored = Buffer.from(hash, 'hex')
    if (stored.length === digest.length && timingSafeEqual(stored, digest) && found === -1) found = index
  })
  return found
}
