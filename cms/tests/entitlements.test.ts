import { readAnswerEvents } from '@atlas/shared/assistant'
import { startOfMonthParis, startOfNextMonthParis } from '@atlas/shared/billing/parisMonth'
import { formatDateParis } from '@atlas/shared/finance/dates'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { makeCourse, type Course } from '../../tests/support/courses'
import { testEnv } from '../../tests/support/env'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { newConversation } from '../../tests/support/assistant'
import { askedBefore, DAY_MS, ESSENTIEL, makePlan, PATRIMOINE, subscribe } from '../../tests/support/entitlements'

/**
 * What a plan unlocks, enforced by the cms over real HTTP
 * (docs/decisions/036-entitlements.md): the free set without a
 * subscription, the plan's group with one (a subscription row written as
 * trusted code, as the Stripe webhook handler writes it), the assistant's
 * monthly allowance, premium course content, and a cancelled subscription
 * that keeps its rights until the end of the paid period.
 */

const DAY = DAY_MS

const ask = (conversationId: number, token: string, content = 'Quel est mon patrimoine net ?') =>
  fetch(`${testEnv.cmsUrl}/api/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'fr', Authorization: `JWT ${token}` },
    body: JSON.stringify({ content }),
  })

const courseAs = async (course: Course, token?: string) => {
  const { status, body } = await rest('GET', `/courses?where[id][equals]=${course.id}&depth=0`, { token })
  expect(status).toBe(200)
  return body.docs[0]
}

let patrimoine: { id: number }
let essentiel: { id: number }
let premiumCourse: Course
beforeAll(async () => {
  patrimoine = await makePlan('Patrimoine', PATRIMOINE)
  essentiel = await makePlan('Essentiel', ESSENTIEL)
  premiumCourse = await makeCourse({ premium: true, title: 'Formation premium' })
  await (await testPayload()).update({
    collection: 'courses',
    id: premiumCourse.id,
    overrideAccess: true,
    data: { body: { root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '', children: [{ type: 'text', text: 'PRESENTATION-PREMIUM', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] } } } as never,
  })
})

describe('GET /api/billing/entitlements', () => {
  it('refuses a visitor with a French message', async () => {
    const { status, body } = await rest('GET', '/billing/entitlements')
    expect(status).toBe(401)
    expect(body.errors[0].message).toBe('Connectez-vous pour voir ce que votre offre inclut.')
  })

  it('gives an investor without a subscription the free set, with this month’s questions counted', async () => {
    const free = await createAccount('investor')
    await askedBefore(free, 2)
    // One question of last month does not count (the 1st, 00:00 Paris, minus a minute).
    await askedBefore(free, 1, new Date(startOfMonthParis(new Date()).getTime() - 60_000))
    const { status, body } = await rest('GET', '/billing/entitlements', { token: free.token })
    expect(status).toBe(200)
    expect(body).toEqual({
      plan: null,
      entitlements: { assistantMessagesPerMonth: 10, assistantMessagesUsed: 2, premiumCourses: false, documentsBilan: false, advisorMeetingsPerYear: 0 },
      upgradeUrl: '/tarifs',
    })
  })

  it('gives a Patrimoine subscriber what the plan says: unlimited questions, premium courses, the bilan, 4 meetings', async () => {
    const subscriber = await createAccount('investor')
    await subscribe(subscriber, patrimoine.id)
    const { body } = await rest('GET', '/billing/entitlements', { token: subscriber.token })
    expect(body.plan).toEqual({ id: patrimoine.id, name: expect.stringMatching(/^Patrimoine /) })
    expect(body.entitlements).toEqual({ assistantMessagesPerMonth: null, assistantMessagesUsed: 0, premiumCourses: true, documentsBilan: true, advisorMeetingsPerYear: 4 })
  })

  it('does not count a subscription that is over (incomplete_expired, or canceled and past its period)', async () => {
    const lapsed = await createAccount('investor')
    await subscribe(lapsed, patrimoine.id, { status: 'incomplete_expired' })
    await subscribe(lapsed, patrimoine.id, { status: 'canceled', currentPeriodEnd: new Date(Date.now() - DAY).toISOString() })
    const { body } = await rest('GET', '/billing/entitlements', { token: lapsed.token })
    expect(body.plan).toBeNull()
    expect(body.entitlements.premiumCourses).toBe(false)
  })

  it('does not limit staff', async () => {
    const editor = await createAccount('editor')
    const { body } = await rest('GET', '/billing/entitlements', { token: editor.token })
    expect(body.entitlements).toMatchObject({ assistantMessagesPerMonth: null, premiumCourses: true, documentsBilan: true })
  })
})

describe('the assistant’s monthly allowance', () => {
  it('refuses a free investor’s 11th question of the month with 402, the renewal date and the upgrade link, storing nothing', async () => {
    const free = await createAccount('investor')
    const id = await newConversation(free)
    await askedBefore(free, 10)
    const response = await ask(id, free.token)
    expect(response.status).toBe(402)
    const body = await response.json()
    const renewsOn = formatDateParis(startOfNextMonthParis(new Date()), 'fr')
    expect(body.errors[0]).toMatchObject({ code: 'assistantQuota', upgradeUrl: '/tarifs', limit: 10, used: 10 })
    expect(body.errors[0].message).toBe(
      `Vous avez utilisé les 10 questions à l’assistant incluses ce mois-ci dans votre offre. Passez à une offre supérieure sur /tarifs, ou attendez le ${renewsOn}.`,
    )
    const payload = await testPayload()
    expect((await payload.findByID({ collection: 'conversations', id, overrideAccess: true })).messages).toEqual([])
    const { totalDocs } = await payload.count({ collection: 'assistant-requests', where: { owner: { equals: free.id } }, overrideAccess: true })
    expect(totalDocs).toBe(10)
  })

  it('still answers the 10th, and questions of last month do not count', async () => {
    const free = await createAccount('investor')
    const id = await newConversation(free)
    await askedBefore(free, 9)
    await askedBefore(free, 5, new Date(startOfMonthParis(new Date()).getTime() - DAY))
    const response = await ask(id, free.token)
    expect(response.status).toBe(200)
    const events = readAnswerEvents(await response.text()).events
    expect(events.at(-1)?.type).toBe('done')
  })

  it('lets a subscriber whose plan allows more go past the free allowance', async () => {
    const subscriber = await createAccount('investor')
    await subscribe(subscriber, essentiel.id)
    const id = await newConversation(subscriber)
    await askedBefore(subscriber, 10)
    const response = await ask(id, subscriber.token)
    expect(response.status).toBe(200)
    await response.text()
  })
})

describe('premium courses', () => {
  it('show a free investor the title and outline only: no overview, lesson text, transcript or question', async () => {
    const free = await createAccount('investor')
    const doc = await courseAs(premiumCourse, free.token)
    expect(doc).toMatchObject({ title: 'Formation premium', premium: true })
    expect(doc.body).toBeUndefined()
    expect(doc.lessons.map((l: { slug: string; locked?: boolean }) => [l.slug, l.locked])).toEqual([['lire', true], ['voir', true], ['quiz', true]])
    const text = JSON.stringify(doc)
    for (const secret of ['PRESENTATION-PREMIUM', 'Une action est une part du capital', 'Transcription de la vidéo', 'Une action est…']) expect(text).not.toContain(secret)
  })

  it('hide the content from a visitor too', async () => {
    const text = JSON.stringify(await courseAs(premiumCourse))
    expect(text).toContain('Formation premium')
    expect(text).not.toContain('Transcription de la vidéo')
    expect(text).not.toContain('PRESENTATION-PREMIUM')
  })

  it('are no oracle: a free investor filtering on their content gets a 400', async () => {
    const free = await createAccount('investor')
    const { status } = await rest('GET', `/courses?where[id][equals]=${premiumCourse.id}&where[lessons.transcript][contains]=Transcription`, { token: free.token })
    expect(status).toBe(400)
  })

  it('show a Patrimoine subscriber everything, and an editor', async () => {
    const subscriber = await createAccount('investor')
    await subscribe(subscriber, patrimoine.id)
    for (const token of [subscriber.token, (await createAccount('editor')).token]) {
      const doc = await courseAs(premiumCourse, token)
      const text = JSON.stringify(doc)
      expect(text).toContain('PRESENTATION-PREMIUM')
      expect(text).toContain('Transcription de la vidéo')
      expect(doc.lessons.some((l: { locked?: boolean }) => l.locked)).toBe(false)
    }
  })

  it('leave a course that is not premium readable by a free investor', async () => {
    const free = await createAccount('investor')
    const open = await makeCourse()
    expect(JSON.stringify(await courseAs(open, free.token))).toContain('Transcription de la vidéo')
  })

  it('refuse progress to a free investor (402) and accept it from a subscriber', async () => {
    const free = await createAccount('investor')
    const refused = await rest('POST', '/enrollments/complete-lesson', { token: free.token, body: { course: premiumCourse.id, lesson: 'lire' } })
    expect(refused.status).toBe(402)
    expect(refused.body.errors[0]).toMatchObject({ message: 'Cette formation est réservée aux offres Essentiel et Patrimoine.', upgradeUrl: '/tarifs' })
    const state = await rest('GET', `/enrollments/quiz-state?course=${premiumCourse.id}&lesson=quiz`, { token: free.token })
    expect(state.status).toBe(402)

    const subscriber = await createAccount('investor')
    await subscribe(subscriber, essentiel.id)
    const done = await rest('POST', '/enrollments/complete-lesson', { token: subscriber.token, body: { course: premiumCourse.id, lesson: 'lire' } })
    expect(done.status).toBe(200)
  })
})

describe('a cancelled subscription', () => {
  it('keeps its rights until the end of the paid period, then loses them', async () => {
    const leaving = await createAccount('investor')
    const payload = await testPayload()
    // Cancelled in the portal: Stripe keeps it active until the period ends…
    const subscription = await subscribe(leaving, patrimoine.id, { cancelAtPeriodEnd: true, currentPeriodEnd: new Date(Date.now() + 3 * DAY).toISOString() })
    expect((await rest('GET', '/billing/entitlements', { token: leaving.token })).body.entitlements.premiumCourses).toBe(true)
    // …or says canceled while the paid period still runs: still entitled.
    await payload.update({ collection: 'subscriptions', id: subscription.id, overrideAccess: true, data: { status: 'canceled', canceledAt: new Date().toISOString() } as never })
    expect((await rest('GET', '/billing/entitlements', { token: leaving.token })).body.entitlements.premiumCourses).toBe(true)
    expect(JSON.stringify(await courseAs(premiumCourse, leaving.token))).toContain('Transcription de la vidéo')
    // The period is over.
    await payload.update({ collection: 'subscriptions', id: subscription.id, overrideAccess: true, data: { currentPeriodEnd: new Date(Date.now() - 60_000).toISOString() } as never })
    const after = (await rest('GET', '/billing/entitlements', { token: leaving.token })).body
    expect(after.plan).toBeNull()
    expect(after.entitlements.premiumCourses).toBe(false)
    expect(JSON.stringify(await courseAs(premiumCourse, leaving.token))).not.toContain('Transcription de la vidéo')
  })
})
