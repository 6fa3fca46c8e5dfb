import { describe, expect, it } from 'vitest'
import { createAccount, uniqueEmail } from '../../tests/support/accounts'
import { rest } from '../../tests/support/rest'

/** An advisor creating a prospect in the admin ("Sauvegarder") — it is theirs, whatever the body says. */
describe('a prospect an advisor creates', () => {
  it('is assigned to that advisor, who can open it and invite it', async () => {
    const [advisor, other] = await Promise.all([createAccount('advisor'), createAccount('advisor')])
    const email = uniqueEmail('prospect')
    const created = await rest('POST', '/prospects', {
      token: advisor.token,
      body: { lastName: 'Garnier', firstName: 'Lou', email, source: 'referral', ownerAdvisor: other.id },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    expect(created.body.doc.ownerAdvisor).toMatchObject({ id: advisor.id })

    const opened = await rest('GET', `/prospects/${id}?depth=0`, { token: advisor.token })
    expect(opened.status).toBe(200)
    expect(opened.body.ownerAdvisor).toBe(advisor.id)
    expect((await rest('GET', `/prospects/${id}`, { token: other.token })).status).toBe(404)

    expect((await rest('POST', `/prospects/${id}/invite`, { token: advisor.token })).status).toBe(200)
  })

  it('created by an admin keeps the owner the admin chose', async () => {
    const [advisor, admin] = await Promise.all([createAccount('advisor'), createAccount('admin')])
    const created = await rest('POST', '/prospects', {
      token: admin.token,
      body: { lastName: 'Roux', email: uniqueEmail('prospect'), ownerAdvisor: advisor.id },
    })
    expect(created.status).toBe(201)
    expect((await rest('GET', `/prospects/${created.body.doc.id}?depth=0`, { token: advisor.token })).body.ownerAdvisor).toBe(advisor.id)
  })
})
