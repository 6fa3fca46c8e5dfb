import { randomInt } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createAccount, TEST_PASSWORD, uniqueEmail } from '../../tests/support/accounts'
import { cmsFrom, ownLoopbackAddress } from '../../tests/support/fromAddress'
import { asVisitor } from '../../tests/support/visitor'
import { RATE_LIMITS } from '../src/rateLimit/limits'

/*
 * The per-IP limits count the address the cms can vouch for
 * (docs/decisions/018-secrets-and-client-ip.md): the test stack runs the cms
 * with TRUST_PROXY=0, so that is the TCP peer. Each test connects from a
 * loopback address of its own and writes a new X-Forwarded-For and X-Real-IP
 * on every request, as an attacker dodging the limit would.
 */

const spoofed = () => {
  const ip = `203.0.113.${randomInt(1, 255)}`
  return { 'X-Forwarded-For': `${ip}, 198.51.100.${randomInt(1, 255)}`, 'X-Real-IP': ip }
}

const contactRequest = () => ({
  firstName: 'Inès',
  lastName: 'Garnier',
  email: uniqueEmail('ines'),
  message: 'Bonjour, je souhaite faire le point sur mon épargne.',
  contactConsent: true,
})

const signup = () => ({ email: uniqueEmail('signup'), password: TEST_PASSWORD, name: 'Jeanne Durand', acceptTerms: true })

describe('X-Forwarded-For and X-Real-IP do not reset the per-IP counters', () => {
  it('contact: the sixth request of the hour from one socket is a 429 in French, whatever the headers say', async () => {
    const from = ownLoopbackAddress()
    for (let i = 0; i < RATE_LIMITS.contact.max; i += 1) {
      expect((await cmsFrom(from, 'POST', '/prospects/contact', contactRequest(), spoofed())).status).toBe(201)
    }
    const refused = await cmsFrom(from, 'POST', '/prospects/contact', contactRequest(), spoofed())
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/Réessayez dans une heure/)
    // Another client (another socket) is not affected.
    expect((await cmsFrom(ownLoopbackAddress(), 'POST', '/prospects/contact', contactRequest(), spoofed())).status).toBe(201)
  })

  it('login: after ten failed logins from one socket even the right password gets a 429, beside the account lockout', async () => {
    const account = await createAccount('investor')
    const from = ownLoopbackAddress()
    for (let i = 0; i < RATE_LIMITS.login.max; i += 1) {
      // A different unknown account each time: the per-account lockout never triggers, only the per-IP throttle can.
      const { status } = await cmsFrom(from, 'POST', '/users/login', { email: uniqueEmail('nobody'), password: 'Mauvais-mot-2-passe' }, spoofed())
      expect(status).toBe(401)
    }
    const refused = await cmsFrom(from, 'POST', '/users/login', { email: account.email, password: TEST_PASSWORD }, spoofed())
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/Patientez 15 minutes/)
    // The account itself is not locked: from elsewhere it signs in.
    expect((await cmsFrom(ownLoopbackAddress(), 'POST', '/users/login', { email: account.email, password: TEST_PASSWORD })).status).toBe(200)
  })

  it('login: successful logins do not count', async () => {
    const account = await createAccount('investor')
    const from = ownLoopbackAddress()
    for (let i = 0; i < RATE_LIMITS.login.max + 2; i += 1) {
      expect((await cmsFrom(from, 'POST', '/users/login', { email: account.email, password: TEST_PASSWORD })).status).toBe(200)
    }
  })

  it('sign-up: the eleventh anonymous account of the hour from one socket is a 429, in the reader’s language', async () => {
    const from = ownLoopbackAddress()
    for (let i = 0; i < RATE_LIMITS.signup.max; i += 1) {
      expect((await cmsFrom(from, 'POST', '/users/sign-up', signup(), spoofed())).status).not.toBe(429)
    }
    const refused = await cmsFrom(from, 'POST', '/users/sign-up', signup(), { ...spoofed(), 'Accept-Language': 'en' })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/Try again in an hour/)
  })

  it('web’s forwarded visitor IP is believed only with WEB_FORWARD_KEY: the key opens a bucket per visitor, a wrong key does not', async () => {
    const from = ownLoopbackAddress()
    for (let i = 0; i < RATE_LIMITS.contact.max; i += 1) {
      const forged = { 'x-atlas-client-ip': `198.51.100.${i + 1}`, 'x-atlas-forward-key': 'not-the-key' }
      expect((await cmsFrom(from, 'POST', '/prospects/contact', contactRequest(), forged)).status).toBe(201)
    }
    expect((await cmsFrom(from, 'POST', '/prospects/contact', contactRequest(), { 'x-atlas-client-ip': '198.51.100.99', 'x-atlas-forward-key': 'not-the-key' })).status).toBe(429)
    // The same socket, as web vouching for a visitor of its own: that visitor's bucket.
    expect((await cmsFrom(from, 'POST', '/prospects/contact', contactRequest(), asVisitor())).status).toBe(201)
  })
})
