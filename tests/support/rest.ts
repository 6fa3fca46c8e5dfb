import { testEnv } from './env'
import { asVisitor } from './visitor'

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

/** Logs in through REST and returns the JWT. */
export const login = async (email: string, password: string): Promise<string> => {
  const { status, body } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200 || !body?.token) throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(body)}`)
  return body.token as string
}
