import { describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS } from '../src/seed/demoAccounts'
import { testPayload } from '../../tests/support/payload'

/** The demo (seeded into the test stack's database) shows the advisor–client loop at each stage. */
const account = async (email: string) => {
  const payload = await testPayload()
  const user = (await payload.find({ collection: 'users', overrideAccess: true, depth: 0, where: { email: { equals: email } } })).docs[0]!
  const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, depth: 0, where: { owner: { equals: user.id } } })).docs[0]!
  const enrollments = (await payload.find({ collection: 'enrollments', overrideAccess: true, depth: 0, where: { owner: { equals: user.id } } })).docs
  const evidence = (await payload.find({ collection: 'knowledge-evidence', overrideAccess: true, depth: 0, where: { owner: { equals: user.id } } })).docs
  return { user, profile, enrollments, evidence }
}

describe('the demo clients', () => {
  it('one validated by the demo advisor, one waiting for them, one drafting; with course progress and knowledge evidence', async () => {
    const payload = await testPayload()
    const advisor = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: DEMO_ACCOUNTS.advisor.email } } })).docs[0]!
    const [camille, thomas, lea] = await Promise.all(DEMO_ACCOUNTS.investors.map((i) => account(i.email)))

    expect(camille!.profile).toMatchObject({ status: 'validated', completionPct: 100, validatedBy: advisor.id })
    expect(camille!.profile.riskScore).toBeGreaterThanOrEqual(1)
    expect(Date.parse(camille!.profile.reviewDueAt!)).toBeGreaterThan(Date.now())
    expect(camille!.enrollments.some((e) => e.completedAt && (e.points ?? 0) > 0)).toBe(true)
    expect(camille!.evidence.map((e) => e.productClass)).toContain('savings-accounts')

    expect(thomas!.profile).toMatchObject({ status: 'submitted', completionPct: 100 })
    expect(thomas!.enrollments.some((e) => (e.lessonsDone?.length ?? 0) > 0 && !e.completedAt)).toBe(true)

    expect(lea!.profile.status).toBe('draft')
    expect(lea!.profile.completionPct).toBeGreaterThan(0)
    expect(lea!.profile.completionPct).toBeLessThan(100)
    for (const client of [camille, thomas, lea]) expect(client!.user.advisor).toBe(advisor.id)

    // Onboarding checklist: Camille, every step done, hid it; Léa (draft, no meeting yet) sees it part-done.
    expect(camille!.profile.firstMeetingAt).toEqual(expect.any(String))
    expect(camille!.user.onboardingDismissedAt).toEqual(expect.any(String))
    expect(thomas!.profile.firstMeetingAt).toEqual(expect.any(String))
    expect(lea!.profile.firstMeetingAt ?? null).toBeNull()
    expect(lea!.user.onboardingDismissedAt ?? null).toBeNull()
  })

  it('camille’s mortgage finances her main home, with a mensualité', async () => {
    const payload = await testPayload()
    const camille = (await account(DEMO_ACCOUNTS.investors[0]!.email)).user
    const assets = (await payload.find({ collection: 'assets', overrideAccess: true, depth: 0, where: { owner: { equals: camille.id } } })).docs
    const home = assets.find((asset) => asset.category === 'main-home')!
    expect(assets.find((asset) => asset.category === 'mortgage')).toMatchObject({ financedAsset: home.id, monthlyPaymentCents: expect.any(Number) })
  })
})
