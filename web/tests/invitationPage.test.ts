import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { webClient } from './webClient'

/** web's /invitation page and action over real HTTP, against the real cms. */

const invitedProspect = async () => {
  const advisor = await createAccount('advisor', { name: 'Claire Fontaine' })
  const payload = await testPayload()
  const email = uniqueEmail('invite')
  const prospect = await payload.create({
    collection: 'prospects',
    overrideAccess: true,
    data: { firstName: 'Lucas', lastName: 'Moreau', email, ownerAdvisor: advisor.id } as never,
  })
  expect((await rest('POST', `/prospects/${prospect.id}/invite`, { token: advisor.token })).status).toBe(200)
  const mail = (await payload.find({ collection: 'emails', overrideAccess: true, where: { to: { equals: email } }, limit: 1 })).docs[0]!
  const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')![1]!
  return { advisor, email, prospectId: prospect.id as number, token }
}

const acceptForm = (token: string, overrides: Record<string, string> = {}) => ({
  token,
  password: TEST_PASSWORD,
  passwordConfirm: TEST_PASSWORD,
  acceptTerms: 'on',
  ...overrides,
})

describe('invitation page', () => {
  it('says who invites whom', async () => {
    const { token, email } = await invitedProspect()
    const { status, html } = await webClient().get(`/invitation?token=${token}`)
    expect(status).toBe(200)
    expect(html).toContain('Claire Fontaine vous invite à ouvrir votre espace client Atlas.')
    expect(html).toContain(email)
  })

  it.each([
    ['no token', '', 400, 'n’est pas valable'],
    ['a forged token', 'B'.repeat(43), 400, 'n’est pas valable'],
  ])('explains %s in French, never a 500', async (_case, token, status, message) => {
    const page = await webClient().get(`/invitation?token=${token}`)
    expect(page.status).toBe(status)
    expect(page.html).toContain(message)
  })

  it('an expired invitation gets its own page', async () => {
    const { token, prospectId } = await invitedProspect()
    await (await testPayload()).update({
      collection: 'prospects',
      id: prospectId,
      overrideAccess: true,
      data: { invitation: { expiresAt: new Date(Date.now() - 1000).toISOString() } },
    })
    const page = await webClient().get(`/invitation?token=${token}`)
    expect(page.status).toBe(410)
    expect(page.html).toMatch(/a expiré/)
  })

  it('refuses a weak password and missing terms at the fields', async () => {
    const { token } = await invitedProspect()
    const { status, html } = await webClient().post(`/invitation?token=${token}`, acceptForm(token, { password: 'court', passwordConfirm: 'court', acceptTerms: '' }))
    expect(status).toBe(400)
    expect(html).toMatch(/au moins 12 caractères/)
    expect(html).toMatch(/accepter les conditions/)
  })

  it('creates the investor, signs them in to the portal; the link then says it was used', async () => {
    const { token, email, advisor } = await invitedProspect()
    const client = webClient()
    const accepted = await client.post(`/invitation?token=${token}`, acceptForm(token))
    expect(accepted.status).toBe(302)
    expect(accepted.location).toBe('/portail')
    expect((await client.get('/portail')).status).toBe(200)
    const user = (await (await testPayload()).find({ collection: 'users', overrideAccess: true, where: { email: { equals: email } }, depth: 0 })).docs[0]!
    expect(user).toMatchObject({ role: 'investor', advisor: advisor.id })
    const again = await webClient().get(`/invitation?token=${token}`)
    expect(again.status).toBe(409)
    expect(again.html).toMatch(/déjà été acceptée/)
  })
})
