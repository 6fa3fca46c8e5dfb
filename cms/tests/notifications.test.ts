import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createCast, type Account, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { notify } from '../src/notifications/notify'

/*
 * notify(), preferences, the events that call it, and what people may do
 * with their notifications through REST. This process runs offline: mails
 * land in the outbox as `stored` (emailQueue.test.ts covers SendGrid).
 */
let cast: Cast
beforeAll(async () => {
  cast = await createCast()
})

const notificationsOf = async (payload: Payload, userId: number, event?: string) =>
  (
    await payload.find({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: userId } }, ...(event ? [{ event: { equals: event } }] : [])] },
      overrideAccess: true,
      sort: '-createdAt',
      limit: 50,
    })
  ).docs

const mailsTo = async (payload: Payload, email: string) =>
  (await payload.find({ collection: 'emails', where: { to: { equals: email } }, overrideAccess: true, sort: '-createdAt', limit: 50 })).docs

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs one job of the default queue until it is done (the cms server runs that queue too; either may finish it). */
const runUntilDone = async (payload: Payload, jobId: number | string) => {
  for (let i = 0; i < 60; i += 1) {
    await payload.jobs.run({ queue: 'default', where: { id: { equals: jobId } }, silent: true })
    const job = await payload.findByID({ collection: 'payload-jobs', id: jobId, overrideAccess: true, disableErrors: true })
    if (!job || job.completedAt) return
    if (job.hasError) throw new Error(`job ${jobId} failed: ${JSON.stringify(job.error)}`)
    await wait(250)
  }
  throw new Error(`job ${jobId} did not finish`)
}

const queuedJob = async (payload: Payload, taskSlug: string, input: Record<string, unknown>) => {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: taskSlug } }, ...Object.entries(input).map(([k, v]) => ({ [`input.${k}`]: { equals: v } }))] },
    overrideAccess: true,
    limit: 5,
  })
  return jobs.docs
}

describe('notify', () => {
  it('follows the defaults: an important event in the portal and by mail, a minor one in the portal only', async () => {
    const payload = await testPayload()
    const investor = await createAccount('investor')
    const important = await notify(payload, { user: investor.id, event: 'reviewDue', title: 'Revue due', body: 'Relisez vos réponses.', link: '/portail/questionnaire' })
    expect(important.notification).toMatchObject({ title: 'Revue due', event: 'reviewDue', read: false, link: '/portail/questionnaire' })
    expect(important.email).toMatchObject({ to: investor.email, subject: 'Revue due', status: 'stored' })
    expect(important.email!.html).toContain('Relisez vos réponses.')
    expect(important.email!.text).toContain('/portail/questionnaire')
    const minor = await notify(payload, { user: investor.id, event: 'coursePublished', title: 'Nouvelle formation' })
    expect(minor.notification).not.toBeNull()
    expect(minor.email).toBeNull()
  })

  it('follows the person’s choices, writes in their language, escapes the mail and drops unsafe links', async () => {
    const payload = await testPayload()
    const investor = await createAccount('investor', { locale: 'en' })
    await payload.update({
      collection: 'users',
      id: investor.id,
      overrideAccess: true,
      data: { notificationPreferences: { advisorMessage: { inApp: false, email: true } } } as never,
    })
    const result = await notify(payload, {
      user: investor.id,
      event: 'advisorMessage',
      title: (locale) => (locale === 'en' ? 'Hello <b>there</b>' : 'Bonjour'),
      body: 'A & B',
      link: 'javascript:alert(1)',
    })
    expect(result.notification).toBeNull()
    expect(result.email!.subject).toBe('Hello <b>there</b>')
    expect(result.email!.html).toContain('A &amp; B')
    expect(result.email!.html).not.toContain('javascript:')
    expect(result.email!.html).toContain('/portail/notifications')
    expect(result.email!.text).toContain('Hello Test investor,')
  })

  it('does nothing twice for the same dedupe key', async () => {
    const payload = await testPayload()
    const investor = await createAccount('investor')
    const args = { user: investor.id, event: 'reviewDue' as const, title: 'Revue', dedupeKey: `test:${investor.id}` }
    const first = await notify(payload, args)
    const second = await notify(payload, args)
    expect(second.notification!.id).toBe(first.notification!.id)
    expect(second.email!.id).toBe(first.email!.id)
    expect(await notificationsOf(payload, investor.id, 'reviewDue')).toHaveLength(1)
  })
})

describe('events', () => {
  it('tells the investor when their advisor validates the questionnaire, once', async () => {
    const payload = await testPayload()
    const profile = (await payload.find({ collection: 'profiles', where: { owner: { equals: cast.investor.id } }, overrideAccess: true })).docs[0]!
    await payload.update({ collection: 'profiles', id: profile.id, data: { ...exampleAnswers(), status: 'submitted' } as never, overrideAccess: true })
    expect(await notificationsOf(payload, cast.investor.id, 'profileValidated')).toHaveLength(0)

    const validated = await rest('PATCH', `/profiles/${profile.id}`, { token: cast.advisor.token, body: { status: 'validated' } })
    expect(validated.status).toBe(200)
    const [notification] = await notificationsOf(payload, cast.investor.id, 'profileValidated')
    expect(notification).toMatchObject({ title: 'Votre questionnaire est validé', link: '/portail/profil', read: false })
    expect(notification!.body).toContain('Test advisor a validé votre questionnaire')
    const mail = (await mailsTo(payload, cast.investor.email)).find((m) => m.subject === 'Votre questionnaire investisseur est validé')
    expect(mail?.text).toContain('/portail/profil')

    // Saving the validated profile again tells nobody anything new.
    await rest('PATCH', `/profiles/${profile.id}`, { token: cast.advisor.token, body: { status: 'validated', capacity: { lossPct: 25 } } })
    expect(await notificationsOf(payload, cast.investor.id, 'profileValidated')).toHaveLength(1)
  })

  it('announces a course to investors by a job on its first publication only', async () => {
    const payload = await testPayload()
    const investor = await createAccount('investor')
    const editor = await createAccount('editor')
    const slug = `annonce-${investor.id}`
    const draft = await rest('POST', '/courses?draft=true', { token: editor.token, body: { title: 'Fiscalité du PEA', slug, _status: 'draft' } })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    expect(await queuedJob(payload, 'announceCourse', { course: id })).toHaveLength(0)

    const published = await rest('PATCH', `/courses/${id}`, { token: editor.token, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    const { announcedAt } = await payload.findByID({ collection: 'courses', id, overrideAccess: true })
    expect(announcedAt, 'the first publication is stamped (and its announcement job queued)').toBeTruthy()
    // Other files publish courses too: only this course's announcements count here.
    const ofThisCourse = async () => (await notificationsOf(payload, investor.id, 'coursePublished')).filter((n) => n.link === `/formation/${slug}`)
    // The job runs here or in the cms server's own queue runner, whichever comes first.
    const announced = async () => {
      for (let i = 0; i < 120; i += 1) {
        await payload.jobs.run({ queue: 'default', where: { and: [{ taskSlug: { equals: 'announceCourse' } }, { 'input.course': { equals: id } }] }, silent: true })
        const found = await ofThisCourse()
        if (found.length > 0) return found
        await wait(250)
      }
      return []
    }
    const [notification] = await announced()
    expect(notification).toMatchObject({ title: 'Nouvelle formation : Fiscalité du PEA', link: `/formation/${slug}` })
    expect((await notificationsOf(payload, editor.id, 'coursePublished')).filter((n) => n.link === `/formation/${slug}`), 'investors only').toHaveLength(0)

    // A correction republished later is not a first publication: nothing new is announced.
    await rest('PATCH', `/courses/${id}`, { token: editor.token, body: { title: 'Fiscalité du PEA (2026)', _status: 'published' } })
    expect((await payload.findByID({ collection: 'courses', id, overrideAccess: true })).announcedAt).toBe(announcedAt)
    expect(await queuedJob(payload, 'announceCourse', { course: id })).toHaveLength(0)
    expect(await ofThisCourse()).toHaveLength(1)
  })

  it('reminds of a yearly review that has fallen due, once per due date', async () => {
    const payload = await testPayload()
    const advisor = await createAccount('advisor')
    const investor = await createAccount('investor', { advisor: advisor.id })
    const profile = (await payload.find({ collection: 'profiles', where: { owner: { equals: investor.id } }, overrideAccess: true })).docs[0]!
    await payload.update({ collection: 'profiles', id: profile.id, data: { ...exampleAnswers(), status: 'submitted' } as never, overrideAccess: true })
    await rest('PATCH', `/profiles/${profile.id}`, { token: advisor.token, body: { status: 'validated' } })
    const run = async () => {
      const job = await payload.jobs.queue({ task: 'remindReviewDue', input: {} })
      await runUntilDone(payload, job.id)
    }
    await run()
    expect(await notificationsOf(payload, investor.id, 'reviewDue'), 'not due yet').toHaveLength(0)

    // A year later.
    await payload.db.updateOne({ collection: 'profiles', id: profile.id, data: { reviewDueAt: new Date(Date.now() - 60_000).toISOString() } })
    await run()
    await run()
    const reminders = await notificationsOf(payload, investor.id, 'reviewDue')
    expect(reminders).toHaveLength(1)
    expect(reminders[0]).toMatchObject({ title: 'Revue annuelle de votre questionnaire', link: '/portail/questionnaire' })
    expect((await mailsTo(payload, investor.email)).filter((m) => m.subject === 'Revue annuelle de votre questionnaire')).toHaveLength(1)
    const marked = await payload.findByID({ collection: 'profiles', id: profile.id, overrideAccess: true })
    expect(marked.reviewRemindedAt).toBeTruthy()
  })

  it('lets an advisor write to a client, who is told and reads the message; nobody else', async () => {
    const payload = await testPayload()
    const sent = await rest('POST', '/advisor-messages', {
      token: cast.advisor.token,
      body: { client: cast.investor.id, subject: 'Point annuel', body: 'Bonjour, prenons rendez-vous en mars.' },
    })
    expect(sent.status).toBe(201)
    const sender = sent.body.doc.advisor
    expect(typeof sender === 'object' ? sender.id : sender, 'an advisor always writes as themselves').toBe(cast.advisor.id)
    const [notification] = await notificationsOf(payload, cast.investor.id, 'advisorMessage')
    expect(notification).toMatchObject({ title: 'Message de Test advisor : Point annuel', body: 'Bonjour, prenons rendez-vous en mars.' })

    const forged = await rest('POST', '/advisor-messages', {
      token: cast.advisor.token,
      body: { client: cast.otherInvestor.id, subject: 'Intrusion', body: 'Je ne suis pas votre conseiller.' },
    })
    expect(forged.status).toBe(400)
    expect(await notificationsOf(payload, cast.otherInvestor.id, 'advisorMessage')).toHaveLength(0)

    const asOther = await rest('GET', '/advisor-messages', { token: cast.otherInvestor.token })
    expect(asOther.body.totalDocs).toBe(0)
    const asClient = await rest('GET', '/advisor-messages', { token: cast.investor.token })
    expect(asClient.body.docs.map((m: { subject: string }) => m.subject)).toContain('Point annuel')
  })
})

describe('a person and their notifications over REST', () => {
  let investor: Account
  let other: Account
  beforeAll(async () => {
    const payload = await testPayload()
    // Other files publish courses meanwhile: these two do not take course announcements, so their lists are exactly ours.
    const quiet = { notificationPreferences: { coursePublished: { inApp: false, email: false } } }
    investor = await createAccount('investor', quiet)
    other = await createAccount('investor', quiet)
    for (const title of ['Premier', 'Deuxième', 'Troisième']) {
      await notify(payload, { user: investor.id, event: 'advisorMessage', title })
    }
    await notify(payload, { user: other.id, event: 'advisorMessage', title: 'Pas pour vous' })
  })

  it('lists their own, newest first, and counts the unread ones', async () => {
    const list = await rest('GET', '/notifications?limit=10', { token: investor.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((n: { title: string }) => n.title)).toEqual(['Troisième', 'Deuxième', 'Premier'])
    const count = await rest('GET', '/notifications/count?where[read][equals]=false', { token: investor.token })
    expect(count.body.totalDocs).toBe(3)
  })

  it('marks one read (stamped by the server) and changes nothing else', async () => {
    const payload = await testPayload()
    const [mine] = await notificationsOf(payload, investor.id)
    const patched = await rest('PATCH', `/notifications/${mine!.id}`, {
      token: investor.token,
      body: { read: true, title: 'Réécrit', recipient: other.id, readAt: '2000-01-01T00:00:00.000Z' },
    })
    expect(patched.status).toBe(200)
    const stored = await payload.findByID({ collection: 'notifications', id: mine!.id, overrideAccess: true, depth: 0 })
    expect(stored.read).toBe(true)
    expect(new Date(stored.readAt!).getFullYear()).toBeGreaterThan(2020)
    expect(stored.title).toBe(mine!.title)
    expect(stored.recipient).toBe(investor.id)
  })

  it('cannot read, mark or create anyone else’s', async () => {
    const payload = await testPayload()
    const [theirs] = await notificationsOf(payload, other.id)
    expect((await rest('GET', `/notifications/${theirs!.id}`, { token: investor.token })).status).toBe(404)
    expect([403, 404]).toContain((await rest('PATCH', `/notifications/${theirs!.id}`, { token: investor.token, body: { read: true } })).status)
    expect((await payload.findByID({ collection: 'notifications', id: theirs!.id, overrideAccess: true })).read).toBe(false)
    expect((await rest('POST', '/notifications', { token: investor.token, body: { recipient: investor.id, event: 'reviewDue', title: 'x' } })).status).toBe(403)
  })

  it('marks all their own read in one call, and only theirs', async () => {
    const payload = await testPayload()
    expect((await rest('POST', '/notifications/mark-all-read')).status).toBe(401)
    const done = await rest('POST', '/notifications/mark-all-read', { token: investor.token })
    expect(done.status).toBe(200)
    expect(done.body.updated).toBe(2)
    expect((await rest('GET', '/notifications/count?where[read][equals]=false', { token: investor.token })).body.totalDocs).toBe(0)
    expect((await notificationsOf(payload, other.id)).every((n) => n.read === false)).toBe(true)
  })

  it('saves notification preferences on the account; others cannot read them', async () => {
    const saved = await rest('PATCH', `/users/${investor.id}`, {
      token: investor.token,
      body: { notificationPreferences: { coursePublished: { inApp: false, email: true } } },
    })
    expect(saved.status).toBe(200)
    const me = await rest('GET', '/users/me', { token: investor.token })
    expect(me.body.user.notificationPreferences.coursePublished).toEqual({ inApp: false, email: true })
    expect(me.body.user.notificationPreferences.reviewDue).toEqual({ inApp: true, email: true })
    const advisor = await createAccount('advisor')
    const client = await createAccount('investor', { advisor: advisor.id })
    const seen = await rest('GET', `/users/${client.id}`, { token: advisor.token })
    expect(seen.status).toBe(200)
    expect(seen.body.notificationPreferences).toBeUndefined()
  })
})
