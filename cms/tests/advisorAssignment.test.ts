import { describe, expect, it } from 'vitest'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { createAccount, TEST_PASSWORD, uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { login, rest } from '../../tests/support/rest'

/**
 * Every investor has an advisor (docs/decisions/025): a self sign-up gets the
 * least busy one, an admin's reassignment is kept as history readable by the
 * advisors concerned, and the advisor is told when the questionnaire arrives.
 */

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/** Each advisor's open prospects + clients (those who accept new clients), counted apart from the code under test. */
const loads = async (): Promise<Map<number, number>> => {
  const payload = await testPayload()
  const { rows } = await (payload.db as unknown as { pool: Pool }).pool.query(
    `select a.id,
            (select count(*) from prospects p where p.owner_advisor_id = a.id and p.stage::text not in ('won', 'lost')) as prospects,
            (select count(*) from users c where c.advisor_id = a.id and c.role::text = 'investor') as clients
       from users a where a.role::text = 'advisor' and a.accepts_new_clients is not false`,
  )
  return new Map(rows.map((r) => [Number(r.id), Number(r.prospects) + Number(r.clients)]))
}

/** Signs up through POST /users/sign-up, opens the account (as the mailed link would), logs in. */
const signUp = async (name: string) => {
  const payload = await testPayload()
  const email = uniqueEmail('inscrit')
  expect((await rest('POST', '/users/sign-up', { body: { email, password: TEST_PASSWORD, name, acceptTerms: true } })).status).toBe(202)
  const user = (await payload.find({ collection: 'users', overrideAccess: true, depth: 0, where: { email: { equals: email } } })).docs[0]!
  await payload.update({ collection: 'users', id: user.id, overrideAccess: true, data: { _verified: true } as never })
  return { id: user.id as number, email, advisor: user.advisor as number | null, token: await login(email, TEST_PASSWORD) }
}

const historyOf = async (investor: number) =>
  (
    await (await testPayload()).find({
      collection: 'advisor-assignments',
      overrideAccess: true,
      depth: 0,
      sort: 'changedAt',
      where: { investor: { equals: investor } },
    })
  ).docs

describe('an investor who signs up', () => {
  it('gets the least busy advisor, recorded as an automatic assignment', async () => {
    await createAccount('advisor', { acceptsNewClients: true }) // at least one advisor with no work at all
    const before = await loads()
    const investor = await signUp('Chloé Sauvage')
    expect(investor.advisor).not.toBeNull()
    const least = Math.min(...before.values())
    expect(before.get(investor.advisor!)).toBe(least)
    const history = await historyOf(investor.id)
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ fromAdvisor: null, toAdvisor: investor.advisor, changedBy: null })
  })

  it('never gets an advisor who takes no new clients while one does', async () => {
    const payload = await testPayload()
    const away = await createAccount('advisor') // acceptsNewClients: false, and no work at all
    const investor = await signUp('Noé Lambert')
    expect(investor.advisor).not.toBe(away.id)
    const chosen = await payload.findByID({ collection: 'users', id: investor.advisor!, overrideAccess: true, depth: 0 })
    expect(chosen.acceptsNewClients).not.toBe(false)
  })

  it('keeps an advisor an admin chose', async () => {
    const advisor = await createAccount('advisor')
    const client = await createAccount('investor', { advisor: advisor.id })
    const user = await (await testPayload()).findByID({ collection: 'users', id: client.id, overrideAccess: true, depth: 0 })
    expect(user.advisor).toBe(advisor.id)
  })
})

describe('when an investor submits the questionnaire', () => {
  it('their advisor sees it to validate, in the figures and the client list, and is told in the admin and by mail', async () => {
    const payload = await testPayload()
    const investor = await signUp('Hugo Marchand')
    const advisor = await payload.findByID({ collection: 'users', id: investor.advisor!, overrideAccess: true, depth: 0 })
    const advisorToken = await (async () => {
      // The assigned advisor is any advisor of the test database: give them a known password to log in.
      await payload.update({ collection: 'users', id: advisor.id, overrideAccess: true, data: { password: TEST_PASSWORD } as never })
      return login(advisor.email, TEST_PASSWORD)
    })()
    const awaiting = async () => (await rest('GET', '/back-office/figures', { token: advisorToken })).body.questionnairesAwaitingValidation as number
    const before = await awaiting()

    const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, depth: 0, where: { owner: { equals: investor.id } } })).docs[0]!
    const submitted = await rest('PATCH', `/profiles/${profile.id}`, { token: investor.token, body: { ...exampleAnswers(), status: 'submitted' } })
    expect(submitted.status).toBe(200)

    expect(await awaiting()).toBe(before + 1)
    const list = await rest('GET', '/back-office/clients?status=submitted&q=marchand', { token: advisorToken })
    expect(list.body.docs.map((d: { id: number }) => d.id)).toContain(investor.id)

    const told = await rest('GET', `/notifications?where[event][equals]=questionnaireSubmitted&where[recipient][equals]=${advisor.id}&sort=-createdAt&limit=5`, {
      token: advisorToken,
    })
    const notification = told.body.docs.find((n: { title: string }) => n.title.includes('Hugo Marchand'))
    expect(notification).toMatchObject({ title: 'Questionnaire à valider : Hugo Marchand', read: false })
    expect(notification.link).toMatch(new RegExp(`/admin/clients/${investor.id}$`))
    const mails = await payload.find({
      collection: 'emails',
      overrideAccess: true,
      where: { and: [{ to: { equals: advisor.email } }, { subject: { equals: 'Questionnaire à valider : Hugo Marchand' } }] },
    })
    expect(mails.totalDocs).toBe(1)
    expect(mails.docs[0]!.text).toContain(`/admin/clients/${investor.id}`)

    // Back to draft and submitted again: told again (a new submission), never twice for one.
    expect((await rest('PATCH', `/profiles/${profile.id}`, { token: investor.token, body: { status: 'draft' } })).status).toBe(200)
    expect((await rest('PATCH', `/profiles/${profile.id}`, { token: investor.token, body: { capacity: { lossPct: 20 } } })).status).toBe(200)
    const count = async () =>
      (await payload.count({ collection: 'notifications', overrideAccess: true, where: { and: [{ recipient: { equals: advisor.id } }, { title: { equals: 'Questionnaire à valider : Hugo Marchand' } }] } }))
        .totalDocs
    expect(await count()).toBe(1)
    expect((await rest('PATCH', `/profiles/${profile.id}`, { token: investor.token, body: { status: 'submitted' } })).status).toBe(200)
    expect(await count()).toBe(2)
  })
})

describe('an admin reassigning a client', () => {
  it('keeps who, when, from whom to whom; the two advisors read it, nobody else', async () => {
    const [first, second, bystander, admin] = await Promise.all([
      createAccount('advisor'),
      createAccount('advisor'),
      createAccount('advisor'),
      createAccount('admin'),
    ])
    const client = await createAccount('investor', { advisor: first.id })
    const moved = await rest('PATCH', `/users/${client.id}`, { token: admin.token, body: { advisor: second.id } })
    expect(moved.status).toBe(200)

    const history = await historyOf(client.id)
    expect(history.map((h) => [h.fromAdvisor, h.toAdvisor])).toEqual([
      [null, first.id],
      [first.id, second.id],
    ])
    expect(history[1]).toMatchObject({ changedBy: admin.id })
    expect(Date.parse(history[1]!.changedAt)).toBeGreaterThan(Date.now() - 60_000)

    const read = async (token: string) =>
      (await rest('GET', `/advisor-assignments?where[investor][equals]=${client.id}&sort=changedAt`, { token })).body.docs?.map((d: { id: number }) => d.id)
    expect(await read(admin.token)).toEqual(history.map((h) => h.id))
    expect(await read(first.token)).toEqual(history.map((h) => h.id))
    expect(await read(second.token)).toEqual([history[1]!.id])
    expect(await read(bystander.token)).toEqual([])
    expect((await rest('GET', `/advisor-assignments?where[investor][equals]=${client.id}`, { token: client.token })).status).toBe(403)

    // An advisor cannot hand a client over, nor forge history.
    const handOver = await rest('PATCH', `/users/${client.id}`, { token: second.token, body: { advisor: bystander.id } })
    expect((await (await testPayload()).findByID({ collection: 'users', id: client.id, overrideAccess: true, depth: 0 })).advisor).toBe(second.id)
    expect([403, 404]).toContain(handOver.status)
    expect((await rest('POST', '/advisor-assignments', { token: second.token, body: { investor: client.id, toAdvisor: second.id } })).status).toBe(403)
  })
})
