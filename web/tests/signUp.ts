import { expect } from 'vitest'
import { TEST_PASSWORD } from '../../tests/support/accounts'
import { lastMailTo, linkIn } from '../../tests/support/outbox'
import type { webClient } from './webClient'

/**
 * Signs up through web's form as a person would, opens the verification
 * link from the outbox, then logs in: the client ends up with a session.
 */
export const signUpVerifiedOnWeb = async (client: ReturnType<typeof webClient>, { name, email }: { name: string; email: string }) => {
  const signup = await client.post('/inscription', { name, email, password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD, acceptTerms: 'on' })
  expect(signup.status).toBe(200)
  expect(signup.html).toContain('data-testid="signup-sent"')
  const link = linkIn(await lastMailTo(email, /Confirmez votre adresse/), '/verifier-email')
  const verified = await client.get(`${link.pathname}${link.search}`)
  expect(verified.status).toBe(200)
  expect(verified.html).toContain('data-testid="email-verified"')
  const login = await client.post('/connexion', { email, password: TEST_PASSWORD, redirectTo: '/portail' })
  expect(login.status).toBe(302)
}
