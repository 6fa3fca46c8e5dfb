import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'
import { TEST_PASSWORD, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { webClient } from './webClient'

/** A published paid plan of this test's own (29 € / 290 € TTC at 20 %, optional trial), so other files' plans never matter. */
export const makePlan = async ({ trialDays = 0, yearly = true }: { trialDays?: number; yearly?: boolean } = {}) => {
  const payload = await testPayload()
  const plan = await payload.create({
    collection: 'plans',
    overrideAccess: true,
    data: {
      name: `Offre ${randomUUID().slice(0, 6)}`,
      tagline: 'Une offre de test.',
      monthlyPriceCents: 2900,
      yearlyPriceCents: yearly ? 29000 : null,
      trialDays,
      vatRateBps: 2000,
      order: 90,
      features: [{ text: 'Tout compris' }],
      _status: 'published',
    } as never,
  })
  return plan as unknown as { id: number; name: string }
}

export const signedInClient = async (account: Account) => {
  const client = webClient()
  const login = await client.post('/connexion', { email: account.email, password: TEST_PASSWORD, redirectTo: '/portail' })
  expect(login.status).toBe(302)
  return client
}
