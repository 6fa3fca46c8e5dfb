import { describe, expect, it } from 'vitest'
import { BODY_LIMIT_BYTES } from '@atlas/shared/net/bodyLimit'
import { createAccount, TEST_PASSWORD } from '../../tests/support/accounts'
import { testEnv } from '../../tests/support/env'
import { chunkedBody } from '../../tests/support/httpChecks'
import { behindProxy } from '../../tests/support/visitor'
import { webClient } from './webClient'

/** A form post over 1 MB gets a 413 before any action reads it; below, actions work as before (decision 023). */

const padded = (fields: Record<string, string>, bytes: number) => {
  const base = new URLSearchParams({ ...fields, padding: '' }).toString()
  return new URLSearchParams({ ...fields, padding: 'x'.repeat(bytes - base.length) }).toString()
}


const postForm = (body: BodyInit, language = 'fr-FR,fr;q=0.9') =>
  fetch(`${testEnv.webUrl}/connexion`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': language, ...behindProxy() },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)

describe('form posts over the limit', () => {
  const tooBig = padded({ email: 'quelqu.un@example.fr', password: 'x' }, Math.round(BODY_LIMIT_BYTES * 1.1))

  it('answers 413 in French to a 1.1 MB form declared by Content-Length, with the security headers', async () => {
    const response = await postForm(tooBig)
    expect(response.status).toBe(413)
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(await response.text()).toContain('La requête est trop volumineuse : 1 Mo au maximum.')
  })

  it('answers 413 in English to a 1.1 MB form streamed in chunks', async () => {
    const response = await postForm(chunkedBody(tooBig), 'en-GB,en;q=0.9')
    expect(response.status).toBe(413)
    expect(await response.text()).toContain('The request is too large: 1 MB at most.')
  })

  it('keeps serving after a refusal', async () => {
    await postForm(tooBig)
    expect((await webClient().get('/connexion')).status).toBe(200)
  })
})

describe('form posts within the limit', () => {
  it('logs in with a 900 kB form, by Content-Length or in chunks', async () => {
    const account = await createAccount('investor')
    const form = padded({ email: account.email, password: TEST_PASSWORD }, 900 * 1024)
    for (const body of [form, chunkedBody(form)]) {
      const response = await postForm(body)
      expect(response.status).toBe(302)
      expect(response.headers.get('location')).toBe('/portail')
    }
  })
})
