import { randomInt } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, uniqueEmail } from '../../tests/support/accounts'
import { visitorIp } from '../../tests/support/visitor'
import { webClient } from './webClient'

/*
 * web's login and sign-up forms under the cms's per-IP limits
 * (docs/decisions/018-secrets-and-client-ip.md). The test stack runs web with
 * TRUST_PROXY=1: the last X-Forwarded-For entry is what web's proxy saw;
 * everything left of it is client-written and changes on every request here.
 */
const LOGIN_LIMIT = 10
const SIGNUP_LIMIT = 10

const behindProxyWithSpoof = (visitor: string) => ({ 'X-Forwarded-For': `203.0.113.${randomInt(1, 255)}, ${visitor}` })

const signupForm = () => ({
  name: 'Hugo Lemaire',
  email: uniqueEmail('hugo'),
  password: TEST_PASSWORD,
  passwordConfirm: TEST_PASSWORD,
  acceptTerms: 'on',
})

describe('per-IP limits at web’s forms', () => {
  it('login: after ten failures from one visitor, a 429 with the French message at the form; another visitor signs in', async () => {
    const account = await createAccount('investor')
    const visitor = visitorIp()
    for (let i = 0; i < LOGIN_LIMIT; i += 1) {
      const { status } = await webClient(behindProxyWithSpoof(visitor)).post('/connexion', { email: uniqueEmail('nobody'), password: 'Mauvais-mot-2-passe' })
      expect(status).toBe(400)
    }
    const refused = await webClient(behindProxyWithSpoof(visitor)).post('/connexion', { email: account.email, password: TEST_PASSWORD })
    expect(refused.status).toBe(429)
    expect(refused.html).toContain('data-testid="form-error"')
    expect(refused.html).toMatch(/Trop de tentatives de connexion/)
    expect(refused.html).toContain(`value="${account.email}"`)
    expect((await webClient(behindProxyWithSpoof(visitorIp())).post('/connexion', { email: account.email, password: TEST_PASSWORD })).status).toBe(302)
  })

  it('sign-up: the eleventh account of the hour from one visitor is a 429 with the English message at the form', async () => {
    const visitor = visitorIp()
    const english = { 'Accept-Language': 'en' }
    for (let i = 0; i < SIGNUP_LIMIT; i += 1) {
      expect((await webClient({ ...english, ...behindProxyWithSpoof(visitor) }).post('/inscription', signupForm())).status).not.toBe(429)
    }
    const refused = await webClient({ ...english, ...behindProxyWithSpoof(visitor) }).post('/inscription', signupForm())
    expect(refused.status).toBe(429)
    expect(refused.html).toContain('data-testid="form-error"')
    expect(refused.html).toMatch(/Too many accounts have been requested/)
  })
})
