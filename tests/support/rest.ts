import { testEnv } from './env'
import { asVisitor } from './visitor'
import { nextTotpCode, rememberTotpSecret, totpSecretOf } from './twoFactor'

/*
 * Web vouches for its visitor's IP on the calls the cms limits per IP
 * (contact, login, sign-up). Each call here is a visitor of its own, so tests
 * never share a rate-limit bucket; a call that passes either header itself
 * (a test of the limits) sends only what it passes.
 */
const VOUCHING_HEADERS = ['x-atlas-client-ip', 'x-atlas-forward-key']

export type RestResult<T = any> = { status: number; body: T }

/** One call to the cms REST API, as web makes it: `Authorization: JWT <token>`, no cookies, the visitor's IP vouched for. */
export const rest = async <T = any>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; form?: FormData; headers?: Record<string, string> } = {},
): Promise<RestResult<T>> => {
  const own = Object.keys(options.headers ?? {}).map((name) => name.toLowerCase())
  const vouched = own.some((name) => VOUCHING_HEADERS.includes(name)) ? {} : asVisitor()
  const headers: Record<string, string> = { ...vouched, ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  let payloadBody: BodyInit | undefined
  if (options.form) payloadBody = options.form
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payloadBody = JSON.stringify(options.body)
  }
  const response = await fetch(`${testEnv.cmsUrl}/api${path}`, { method, headers, body: payloadBody })
  const text = await response.text()
  let body: any = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text for the assertion message
  }
  return { status: response.status, body }
}

/**
 * Logs in through REST and returns the JWT, completing the second factor as
 * a person would (docs/decisions/024): a code from the known secret, or, for
 * staff without TOTP yet, the enrolment (its secret is remembered for the next logins).
 */
export const login = async (email: string, password: string): Promise<string> => {
  const { status, body } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200 || !body?.token) throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(body)}`)
  const token = body.token as string
  if (body.secondFactor === 'enrol') await enrolTotp(email, token)
  else if (body.secondFactor === 'verify') await verifyTotp(email, token)
  return token
}

/** Logs in with the password only: the token is held until its second factor (`secondFactor` says which). */
export const passwordLogin = async (email: string, password: string) => {
  const { status, body } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200 || !body?.token) throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(body)}`)
  return { token: body.token as string, secondFactor: body.secondFactor as 'verify' | 'enrol' | undefined }
}

/** Turns TOTP on through the endpoints with `token` (a full or an enrol-pending session); answers the secret and the recovery codes. */
export const enrolTotp = async (email: string, token: string) => {
  const started = await rest('POST', '/users/two-factor/start', { token })
  if (started.status !== 200) throw new Error(`two-factor start failed for ${email}: ${started.status} ${JSON.stringify(started.body)}`)
  const secret = started.body.secret as string
  rememberTotpSecret(email, secret)
  const confirmed = await rest('POST', '/users/two-factor/confirm', { token, body: { code: await nextTotpCode(email, secret) } })
  if (confirmed.status !== 200) throw new Error(`two-factor confirm failed for ${email}: ${confirmed.status} ${JSON.stringify(confirmed.body)}`)
  return { secret, recoveryCodes: confirmed.body.recoveryCodes as string[] }
}

const verifyTotp = async (email: string, token: string) => {
  if (!totpSecretOf(email)) throw new Error(`${email} has TOTP on but this test process does not know its secret`)
  // Another process may spend the same step between our read and our call: one more try with the next code.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const verified = await rest('POST', '/users/two-factor/verify', { token, body: { code: await nextTotpCode(email) } })
    if (verified.status === 200) return
    if (attempt === 1) throw new Error(`two-factor verify failed for ${email}: ${verified.status} ${JSON.stringify(verified.body)}`)
  }
}
