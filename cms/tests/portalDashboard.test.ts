import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createCast, type Cast } from '../../tests/support/accounts'
import { allRight, makeCourse, quizOf, type Course } from '../../tests/support/courses'
import { rest } from '../../tests/support/rest'

/**
 * GET /api/portal/dashboard: the investor's whole dashboard in one request,
 * read with the investor's own rights and nobody else's documents.
 */
let cast: Cast
let following: Course
let finished: Course

const addAsset = async (token: string, label: string, valueCents: number, category = 'livret-a') => {
  const created = await rest('POST', '/assets', { token, body: { kind: 'asset', category, label, valueCents } })
  expect(created.status).toBe(201)
}

beforeAll(async () => {
  cast = await createCast()
  ;[following, finished] = await Promise.all([makeCourse({ title: 'Suivi' }), makeCourse({ title: 'Terminé' })])
  // An LDDS beside the Livret A: one of each per person.
  await addAsset(cast.investor.token, 'Petit livret', 50_000, 'ldds')
  await addAsset(cast.investor.token, 'Gros livret', 900_000)
  await addAsset(cast.otherInvestor.token, 'Livret du voisin', 777_700)
  await rest('POST', '/enrollments/complete-lesson', { token: cast.investor.token, body: { course: following.id, lesson: 'lire' } })
  for (const slug of ['lire', 'voir']) {
    await rest('POST', '/enrollments/complete-lesson', { token: cast.investor.token, body: { course: finished.id, lesson: slug } })
  }
  const passed = await rest('POST', '/enrollments/submit-quiz', {
    token: cast.investor.token,
    body: { course: finished.id, lesson: quizOf(finished).id, answers: allRight(finished) },
  })
  expect(passed.body.passed).toBe(true)
})

describe('GET /api/portal/dashboard', () => {
  it('gives the investor their profile, their assets by value, 12 months of net worth and the courses they follow', async () => {
    const { status, body } = await rest('GET', '/portal/dashboard', { token: cast.investor.token })
    expect(status).toBe(200)
    expect(body.profile.owner).toBe(cast.investor.id)
    expect(body.assets.map((a: { label: string }) => a.label)).toEqual(['Gros livret', 'Petit livret'])
    expect(body.history).toHaveLength(12)
    expect(body.history.at(-1)).toMatchObject({ grossAssetsCents: 950_000, liabilitiesCents: 0, netWorthCents: 950_000 })
    // Only courses still in progress: the finished one is not there.
    expect(body.enrollments.map((e: { course: number }) => e.course)).toEqual([following.id])
    expect(body.enrollments[0].owner).toBe(cast.investor.id)
    expect(body.courses.map((c: { id: number }) => c.id)).toEqual([following.id])
  })

  it('never carries another investor’s documents nor the quiz answers', async () => {
    const { body } = await rest('GET', '/portal/dashboard', { token: cast.investor.token })
    const json = JSON.stringify(body)
    expect(json).not.toContain('Livret du voisin')
    expect(json).not.toContain('"correct"')
    expect(json).not.toContain('"explanation"')
  })

  it('answers an investor who has nothing yet with empty lists', async () => {
    const newcomer = await createAccount('investor')
    const { status, body } = await rest('GET', '/portal/dashboard', { token: newcomer.token })
    expect(status).toBe(200)
    expect(body.assets).toEqual([])
    expect(body.enrollments).toEqual([])
    expect(body.courses).toEqual([])
    // Nothing recorded yet: every month is no data (null), not 0 € (decision 026).
    expect(body.history).toHaveLength(12)
    expect(body.history.every((point: { netWorthCents: number | null }) => point.netWorthCents === null)).toBe(true)
  })

  it('is refused without a token (401) and to staff (403), in French', async () => {
    const anonymous = await rest('GET', '/portal/dashboard')
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toBe('Connectez-vous pour voir votre tableau de bord.')
    for (const staff of [cast.advisor, cast.editor, cast.admin]) {
      const refused = await rest('GET', '/portal/dashboard', { token: staff.token })
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].message).toMatch(/réservé aux investisseurs/)
    }
  })
})
