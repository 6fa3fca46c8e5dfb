import { randomBytes } from 'node:crypto'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { BODY_LIMIT_BYTES } from '@atlas/shared/net/bodyLimit'
import { createAccount, TEST_PASSWORD, type Account } from '../../tests/support/accounts'
import { testEnv } from '../../tests/support/env'
import { chunkedBody } from '../../tests/support/httpChecks'
import { asVisitor } from '../../tests/support/visitor'
import { rest } from '../../tests/support/rest'

/** Bodies over 1 MB are refused with 413 before Payload parses them; uploads keep their own limit (decision 023). */

const jsonOfSize = (bytes: number, fields: Record<string, unknown> = {}) => {
  const base = JSON.stringify({ ...fields, padding: '' })
  return JSON.stringify({ ...fields, padding: 'x'.repeat(bytes - base.length) })
}


const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${testEnv.cmsUrl}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'fr', ...asVisitor(), ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)

let investor: Account
let editor: Account

beforeAll(async () => {
  ;[investor, editor] = await Promise.all([createAccount('investor'), createAccount('editor')])
})

describe('JSON bodies over the limit', () => {
  const overLimit = jsonOfSize(Math.round(BODY_LIMIT_BYTES * 1.1))

  it('refuses 1.1 MB declared by Content-Length with 413 and a French message', async () => {
    const response = await post('/users/login', overLimit)
    expect(response.status).toBe(413)
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    const body = await response.json()
    expect(body.errors[0].message).toBe('La requête est trop volumineuse : 1 Mo au maximum.')
  })

  it('refuses 1.1 MB streamed in chunks, in English for an English reader', async () => {
    const response = await post('/users/login', chunkedBody(overLimit), { 'Accept-Language': 'en-GB,en;q=0.9' })
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toBe('The request is too large: 1 MB at most.')
  })

  it('still answers the next request on the server after a refusal', async () => {
    await post('/users/login', overLimit)
    const health = await fetch(`${testEnv.cmsUrl}/api/health`)
    expect(health.status).toBe(200)
  })
})

describe('bodies within the limit', () => {
  it('handles a 900 kB login normally, by Content-Length or in chunks', async () => {
    const text = jsonOfSize(900 * 1024, { email: investor.email, password: TEST_PASSWORD })
    for (const body of [text, chunkedBody(text)]) {
      const response = await post('/users/login', body)
      expect(response.status).toBe(200)
      expect((await response.json()).token).toBeTruthy()
    }
  })
})

describe('uploads', () => {
  it('a multipart upload to media over 1 MB is not held to the JSON limit', async () => {
    // Random pixels do not compress: a PNG of 700 × 700 noise is well over 1 MB.
    const side = 700
    const png = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } }).png().toBuffer()
    expect(png.byteLength).toBeGreaterThan(BODY_LIMIT_BYTES)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'bruit.png')
    form.append('_payload', JSON.stringify({ alt: 'Une grande image' }))
    const { status, body } = await rest('POST', '/media', { token: editor.token, form })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc.filesize).toBeGreaterThan(BODY_LIMIT_BYTES)
  })
})
