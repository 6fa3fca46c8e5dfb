import { describe, expect, it } from 'vitest'
import { createAccount, uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/** GET /api/emails — an advisor reads the mails to their own clients and prospects, without the bodies (decision 025). */
describe('the outbox for an advisor', () => {
  it('lists mails to their clients and prospects only, and shows no advisor a mail’s body', async () => {
    const payload = await testPayload()
    const [advisor, other, admin] = await Promise.all([createAccount('advisor'), createAccount('advisor'), createAccount('admin')])
    const [client, othersClient] = await Promise.all([
      createAccount('investor', { advisor: advisor.id }),
      createAccount('investor', { advisor: other.id }),
    ])
    const prospectEmail = uniqueEmail('prospect')
    await payload.create({ collection: 'prospects', overrideAccess: true, data: { lastName: 'Morel', email: prospectEmail, ownerAdvisor: advisor.id } as never })
    const mail = (to: string) =>
      payload.create({ collection: 'emails', overrideAccess: true, data: { to, subject: `Pour ${to}`, text: 'lien secret', html: '<p>lien secret</p>', status: 'stored' } })
    const [toClient, toProspect, toOthers] = await Promise.all([mail(client.email), mail(prospectEmail), mail(othersClient.email)])

    const listed = async (token: string) =>
      (
        await rest('GET', `/emails?where[id][in]=${[toClient.id, toProspect.id, toOthers.id].join(',')}&sort=id&limit=10`, { token })
      ).body
    const mine = await listed(advisor.token)
    const byId = (a: number, b: number) => a - b
    expect(mine.docs.map((d: { id: number }) => d.id)).toEqual([toClient.id, toProspect.id].sort(byId))
    const clientMail = mine.docs.find((d: { id: number }) => d.id === toClient.id)
    expect(clientMail).toMatchObject({ to: client.email, subject: `Pour ${client.email}`, status: 'stored' })
    expect(clientMail.text).toBeUndefined()
    expect(clientMail.html).toBeUndefined()
    expect((await rest('GET', `/emails/${toOthers.id}`, { token: advisor.token })).status).toBe(404)
    expect((await listed(other.token)).docs.map((d: { id: number }) => d.id)).toEqual([toOthers.id])

    const all = await listed(admin.token)
    expect(all.docs.map((d: { id: number }) => d.id)).toEqual([toClient.id, toProspect.id, toOthers.id].sort(byId))
    expect(all.docs.every((d: { text: string }) => d.text === 'lien secret')).toBe(true)
    expect((await rest('GET', '/emails', { token: client.token })).status).toBe(403)
  })
})
