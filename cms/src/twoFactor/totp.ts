import { generateSecret, generateURI, verify } from 'otplib'
import QRCode from 'qrcode'

/** RFC 6238 defaults every authenticator app reads: SHA-1, 6 digits, 30 s. */
export const TOTP_PERIOD_SECONDS = 30
const ISSUER = 'Atlas'

export const newTotpSecret = () => generateSecret()

/** The otpauth:// URI and the QR code of it, as an SVG data URL (no inline script, no external request). */
export const enrolmentOf = async (secret: string, email: string) => {
  const uri = generateURI({ issuer: ISSUER, label: email, secret })
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
  return { uri, secret, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` }
}

export const looksLikeTotp = (code: unknown): code is string => typeof code === 'string' && /^\d{6}$/.test(code.replace(/\s/g, ''))

/**
 * The time step `code` belongs to, or null. One step of clock drift is
 * accepted each way; a step at or before `lastStep` (already used) is refused,
 * so a code cannot be replayed within its window.
 */
export const verifiedStep = async (secret: string, code: string, lastStep: number | null | undefined): Promise<number | null> => {
  try {
    const result = await verify({
      secret,
      token: code.replace(/\s/g, ''),
      epochTolerance: TOTP_PERIOD_SECONDS,
      ...(typeof lastStep === 'number' ? { afterTimeStep: lastStep } : {}),
    })
    return result.valid && 'timeStep' in result ? result.timeStep : null
  } catch {
    // otplib refuses a malformed token or a lastStep beyond the window: not a valid code either way.
    return null
  }
}
