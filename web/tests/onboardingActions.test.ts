import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { webClient } from './webClient'

/** "Masquer" of the dashboard's "Bien démarrer" card, as a browser without JavaScript posts it. */

const signedInClient = async (account: Account) => {
  const client = webClient()
  const login = await client.post('/connexion', { email: account.email, password: TEST_PASSWORD, redirectTo: '/portail' })
  expect(login.status).toBe(302)
  return client
}
const dismissedAtOf = async (id: number) =>
  (await (await testPayload()).findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })).onboardingDismissedAt ?? null

describe('the onboarding card', () => {
  it('is rendered by the server with its progress, hidden by a form post, and gone afterwards', async () => {
    const investor = await createAccount('investor')
    const client = await signedInClient(investor)
    const before = await client.get('/portail')
    expect(before.html).toContain('data-testid="onboarding-card"')
    expect(before.html).toMatch(/data-testid="onboarding-progress"[^>]*>1\/5</)
    expect(before.html).toContain('action="/portail/bien-demarrer/masquer"')

    const hidden = await client.post('/portail/bien-demarrer/masquer', {})
    expect(hidden.status).toBe(302)
    expect(hidden.location).toBe('/portail?bien-demarrer=masque')
    expect(await dismissedAtOf(investor.id)).not.toBeNull()
    const after = await client.get('/portail?bien-demarrer=masque')
    expect(after.html).not.toContain('data-testid="onboarding-card"')
    expect(after.html).toContain('La liste « Bien démarrer » est masquée.')
    expect((await client.get('/portail')).html).not.toContain('data-testid="onboarding-card"')
  })

  it('sends a visitor to the login page and hides nobody’s card', async () => {
    const refused = await webClient().post('/portail/bien-demarrer/masquer', {})
    expect(refused.status).toBe(302)
    expect(refused.location).toMatch(/^\/connexion/)
  })
})
