import { randomInt } from 'node:crypto'
import http from 'node:http'
import { testEnv } from './env'

/**
 * A loopback address of its own (127.x.y.z): a test that opens its TCP
 * connections from it is a client the servers see as distinct, so it can use
 * up a per-IP limit without touching anyone else's bucket.
 */
export const ownLoopbackAddress = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`

export type RawAnswer = { status: number; body: any }

/** One HTTP request whose socket starts at `localAddress`; no header is added beyond `headers`. */
export function requestFrom(
  localAddress: string,
  method: string,
  url: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    const request = http.request(
      { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method, headers, localAddress },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () => {
          let parsed: unknown = text
          try {
            parsed = JSON.parse(text)
          } catch {
            // HTML or empty: keep the text
          }
          resolve({ status: response.statusCode ?? 0, body: parsed })
        })
      },
    )
    request.on('error', reject)
    if (body !== undefined) request.write(body)
    request.end()
  })
}

/** A JSON call to the cms REST API from `localAddress`. */
export const cmsFrom = (localAddress: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  requestFrom(localAddress, method, `${testEnv.cmsUrl}/api${path}`, {
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
