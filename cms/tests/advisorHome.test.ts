import { beforeAll, describe, expect, it } from 'vitest'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { advisorTodos, type Todo } from '../src/backOffice/advisorHome'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/** The advisor's home (admin dashboard): what waits for them, counted, each with the admin page listing the same rows. */

let advisor: Account
let other: Account
let messaged: Account
const DAY = 86_400_000

/** A calendar date (00:00 UTC, as the date fields store it) `days` from today. */
const dayFromNow = (days: number) => `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T00:00:00.000Z`

beforeAll(async () => {
  const payload = await testPayload()
  ;[advisor, other] = await Promise.all([createAccount('advisor'), createAccount('advisor')])
  const clientWith = async (owner: Account, status: 'submitted' | 'validated', reviewInDays?: number) => {
    const client = await createAccount('investor', { advisor: owner.id })
    const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: client.id } } })).docs[0]!
    await rest('PATCH', `/profiles/${profile.id}`, { token: client.token, body: { ...exampleAnswers(), status: 'submitted' } })
    if (status === 'validated') {
      await rest('POST', `/profiles/${profile.id}/validate`, { token: owner.token })
      // As if validated long ago: the review falls due in `reviewInDays`.
      await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: { reviewDueAt: new Date(Date.now() + reviewInDays! * DAY).toISOString() } })
    }
    return client
  }
  const prospect = (owner: Account, nextActionAt: string, stage = 'contacted') =>
    payload.create({ collection: 'prospects', overrideAccess: true, data: { lastName: 'Relance', email: `relance-${Math.random()}@test.atlas`, ownerAdvisor: owner.id, stage, nextActionAt } as never })

  messaged = await clientWith(advisor, 'submitted')
  await clientWith(advisor, 'validated', 20) // due within the month
  await clientWith(advisor, 'validated', 200) // not yet
  await clientWith(other, 'submitted')
  await Promise.all([prospect(advisor, dayFromNow(-1)), prospect(advisor, dayFromNow(0)), prospect(advisor, dayFromNow(2)), prospect(advisor, dayFromNow(-3), 'won'), prospect(other, dayFromNow(-1))])
  await payload.create({ collection: 'advisor-messages', overrideAccess: true, data: { client: messaged.id, advisor: advisor.id, subject: 'Rendez-vous', body: 'Êtes-vous disponible jeudi ?' } })
})

const todosOf = async (account: Account) => {
  const todos = await advisorTodos(await testPayload(), { advisorId: account.id }, account.id)
  return Object.fromEntries(todos.map((t) => [t.id, t])) as Record<Todo['id'], Todo>
}

describe('the advisor’s home', () => {
  it('counts their own clients’ questionnaires to validate, reviews due, prospects to follow up, unread notifications and messages', async () => {
    const todos = await todosOf(advisor)
    expect(todos.questionnaires.count).toBe(1)
    expect(todos.reviews.count).toBe(1)
    expect(todos.prospects.count).toBe(2)
    // Told of each of the three submissions (two were validated since, the notifications stay unread).
    expect(todos.notifications.count).toBe(3)
    expect(todos.messages.count).toBe(1)
    expect((await todosOf(other)).questionnaires.count).toBe(1)
    expect((await todosOf(other)).prospects.count).toBe(1)
  })

  it('links each count to an admin list holding the same rows', async () => {
    const todos = await todosOf(advisor)
    const restOf = (href: string) => href.replace('/admin/collections/', '/')
    for (const id of ['reviews', 'prospects', 'notifications'] as const) {
      const { status, body } = await rest('GET', `${restOf(todos[id].href)}&limit=0`, { token: advisor.token })
      expect(status, id).toBe(200)
      expect(body.totalDocs, id).toBe(todos[id].count)
    }
    expect(todos.questionnaires.href).toBe('/admin/clients?status=submitted')
    expect((await rest('GET', '/back-office/clients?status=submitted', { token: advisor.token })).body.totalDocs).toBe(todos.questionnaires.count)
  })

  it('drops a message once the client has read it', async () => {
    const payload = await testPayload()
    const unread = await payload.find({ collection: 'notifications', overrideAccess: true, where: { and: [{ event: { equals: 'advisorMessage' } }, { recipient: { equals: messaged.id } }] } })
    for (const n of unread.docs) await payload.update({ collection: 'notifications', id: n.id, overrideAccess: true, data: { read: true } })
    expect((await todosOf(advisor)).messages.count).toBe(0)
  })
})
