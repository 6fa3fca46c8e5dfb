import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createCast, TEST_PASSWORD, uniqueEmail, type Cast } from '../../tests/support/accounts'
import { makeCourse } from '../../tests/support/courses'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * The "Bien démarrer" checklist (issue #12): its facts come with
 * GET /api/portal/dashboard, and POST /api/portal/onboarding/dismiss hides it
 * for the caller only — nobody hides it for someone else, not through the
 * endpoint nor by writing the field through REST.
 */
let cast: Cast
beforeAll(async () => {
  cast = await createCast()
})

const factsOf = async (token: string) => {
  const { status, body } = await rest('GET', '/portal/dashboard', { token })
  expect(status).toBe(200)
  return body.onboarding
}
const dismissedAtOf = async (id: number) => {
  const payload = await testPayload()
  return (await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })).onboardingDismissedAt ?? null
}

describe('the onboarding facts on the dashboard', () => {
  it('start a new investor at a confirmed address with nothing else done, and name their advisor', async () => {
    expect(await factsOf(cast.investor.token)).toEqual({
      emailConfirmed: true,
      questionnaireStatus: 'draft',
      assetCount: 0,
      lessonCompleted: false,
      firstMeetingAt: null,
      dismissedAt: null,
      advisorEmail: cast.advisor.email,
    })
  })

  it('follow an asset, a completed lesson and the first meeting the advisor records', async () => {
    const investor = await createAccount('investor', { advisor: cast.advisor.id })
    const course = await makeCourse({ title: 'Premiers pas' })
    await rest('POST', '/assets', { token: investor.token, body: { kind: 'asset', category: 'livret-a', label: 'Livret', valueCents: 10_000 } })
    const lesson = await rest('POST', '/enrollments/complete-lesson', { token: investor.token, body: { course: course.id, lesson: 'lire' } })
    expect(lesson.status).toBe(200)
    const payload = await testPayload()
    const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: investor.id } } })).docs[0]!
    // The investor cannot tick the meeting themself (field access): the write is ignored.
    await rest('PATCH', `/profiles/${profile.id}`, { token: investor.token, body: { firstMeetingAt: '2026-11-20T09:00:00.000Z' } })
    expect((await factsOf(investor.token)).firstMeetingAt).toBeNull()
    // Another advisor cannot either (not their client).
    expect((await rest('PATCH', `/profiles/${profile.id}`, { token: cast.otherAdvisor.token, body: { firstMeetingAt: '2026-11-20T09:00:00.000Z' } })).status).not.toBe(200)
    const byAdvisor = await rest('PATCH', `/profiles/${profile.id}`, { token: cast.advisor.token, body: { firstMeetingAt: '2026-11-20T09:00:00.000Z' } })
    expect(byAdvisor.status).toBe(200)
    expect(await factsOf(investor.token)).toMatchObject({ assetCount: 1, lessonCompleted: true, firstMeetingAt: '2026-11-20T09:00:00.000Z' })
  })

  it('leave the e-mail step open while a new address waits for its link', async () => {
    const investor = await createAccount('investor')
    const asked = await rest('PATCH', `/users/${investor.id}`, { token: investor.token, body: { email: uniqueEmail('moved'), currentPassword: TEST_PASSWORD } })
    expect(asked.status).toBe(200)
    expect((await factsOf(investor.token)).emailConfirmed).toBe(false)
  })
})

describe('POST /api/portal/onboarding/dismiss', () => {
  it('hides the checklist of the caller, for good, and the dashboard says so', async () => {
    const investor = await createAccount('investor')
    const first = await rest('POST', '/portal/onboarding/dismiss', { token: investor.token })
    expect(first.status).toBe(200)
    expect(Date.parse(first.body.onboardingDismissedAt)).toBeGreaterThan(Date.now() - 60_000)
    expect((await factsOf(investor.token)).dismissedAt).toBe(first.body.onboardingDismissedAt)
    // A second call keeps the first date.
    const again = await rest('POST', '/portal/onboarding/dismiss', { token: investor.token })
    expect(again.body.onboardingDismissedAt).toBe(first.body.onboardingDismissedAt)
  })

  it('never hides it for someone else: the endpoint names no account and REST cannot write the field', async () => {
    const [target, other] = await Promise.all([createAccount('investor'), createAccount('investor')])
    await rest('POST', '/portal/onboarding/dismiss', { token: other.token, body: { id: target.id, user: target.id } })
    expect(await dismissedAtOf(target.id)).toBeNull()
    expect(await dismissedAtOf(other.id)).not.toBeNull()
    // Through the account itself: refused for another person, ignored for oneself and for an admin.
    expect((await rest('PATCH', `/users/${target.id}`, { token: other.token, body: { onboardingDismissedAt: '2026-01-01T00:00:00.000Z' } })).status).not.toBe(200)
    await rest('PATCH', `/users/${target.id}`, { token: target.token, body: { onboardingDismissedAt: '2026-01-01T00:00:00.000Z' } })
    await rest('PATCH', `/users/${target.id}`, { token: cast.admin.token, body: { onboardingDismissedAt: '2026-01-01T00:00:00.000Z' } })
    expect(await dismissedAtOf(target.id)).toBeNull()
  })

  it('is refused without a token (401) and to staff (403), in French', async () => {
    const anonymous = await rest('POST', '/portal/onboarding/dismiss')
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toBe('Connectez-vous pour voir votre tableau de bord.')
    for (const staff of [cast.advisor, cast.editor, cast.admin]) {
      const refused = await rest('POST', '/portal/onboarding/dismiss', { token: staff.token })
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].message).toBe('La liste « Bien démarrer » est réservée aux investisseurs.')
      expect(await dismissedAtOf(staff.id)).toBeNull()
    }
  })

  it('lets the admin read when an investor hid it', async () => {
    const investor = await createAccount('investor')
    await rest('POST', '/portal/onboarding/dismiss', { token: investor.token })
    const read = await rest('GET', `/users/${investor.id}`, { token: cast.admin.token })
    expect(read.body.onboardingDismissedAt).toEqual(expect.any(String))
  })
})
