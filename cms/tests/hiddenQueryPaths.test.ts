import { beforeAll, describe, expect, it } from 'vitest'
import { createCast, type Cast } from '../../tests/support/accounts'
import { makeCourse, type Course } from '../../tests/support/courses'
import { rest } from '../../tests/support/rest'

/**
 * A field hidden by field access is neither readable nor usable in `where`
 * or `sort`, wherever it sits: inside arrays and blocks (a quiz's
 * explanations and `correct` flags), and across a relationship into another
 * collection. Refusals are a 400 with a message, French unless English is
 * asked for (docs/decisions/022-queries-are-validated.md).
 */
let cast: Cast
let course: Course
beforeAll(async () => {
  cast = await createCast()
  course = await makeCourse({ freePreview: true })
})

const byId = (id: number) => `where[id][equals]=${id}`
const oracle = (path: string, value: string) => `/courses?${byId(course.id)}&where[${path}][contains]=${value}&depth=0`

describe('quiz answers are no oracle', () => {
  for (const who of ['investor', 'anonymous'] as const) {
    const token = () => (who === 'anonymous' ? undefined : cast.investor.token)

    it(`an ${who} filtering on lessons.questions.explanation gets a 400, whatever the value`, async () => {
      const hit = await rest('GET', oracle('lessons.questions.explanation', 'SECRET'), { token: token() })
      const miss = await rest('GET', oracle('lessons.questions.explanation', 'zzqxj'), { token: token() })
      expect(hit.status).toBe(400)
      expect(miss.status).toBe(400)
      expect(hit.body).toEqual(miss.body)
      expect(hit.body.errors[0].message).toBe('Le champ « lessons.questions.explanation » ne peut servir ni de filtre ni de tri.')
    })

    it(`an ${who} filtering on lessons.questions.options.correct gets a 400`, async () => {
      const { status } = await rest('GET', `/courses?${byId(course.id)}&where[lessons.questions.options.correct][equals]=true`, { token: token() })
      expect(status).toBe(400)
    })

    it(`an ${who} sorting on a hidden nested field gets a 400`, async () => {
      const { status } = await rest('GET', `/courses?sort=-lessons.questions.explanation`, { token: token() })
      expect(status).toBe(400)
    })

    it(`an ${who} going through the block slug (lessons.quiz.questions.explanation) gets a 400`, async () => {
      const { status } = await rest('GET', oracle('lessons.quiz.questions.explanation', 'SECRET'), { token: token() })
      expect(status).toBe(400)
    })
  }

  it('an investor may still filter on the readable fields of the same lessons (their titles)', async () => {
    // Payload resolves `lessons.title` in the first block type (video): the video lesson is "Voir".
    const { status, body } = await rest('GET', `/courses?${byId(course.id)}&where[lessons.title][contains]=Voir`, {
      token: cast.investor.token,
    })
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(1)
  })

  it('lesson content (a question’s prompt) filters only for readers whose plan includes premium courses (decision 036)', async () => {
    const path = `/courses?${byId(course.id)}&where[lessons.questions.prompt][contains]=action`
    expect((await rest('GET', path, { token: cast.investor.token })).status).toBe(400)
    const { status, body } = await rest('GET', path, { token: cast.editor.token })
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(1)
  })

  it('an editor, who reads the explanations, may filter on them and the filter does filter', async () => {
    const hit = await rest('GET', oracle('lessons.questions.explanation', 'SECRET-EXPLANATION-1'), { token: cast.editor.token })
    const miss = await rest('GET', oracle('lessons.questions.explanation', 'zzqxj'), { token: cast.editor.token })
    expect([hit.status, hit.body.totalDocs]).toEqual([200, 1])
    expect([miss.status, miss.body.totalDocs]).toEqual([200, 0])
  })

  it('the refusal is in English when English is asked for', async () => {
    const { status, body } = await rest('GET', oracle('lessons.questions.explanation', 'e'), {
      headers: { 'Accept-Language': 'en' },
    })
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('The field “lessons.questions.explanation” cannot be used to filter or sort.')
  })
})

describe('hidden fields of another collection, through a relationship', () => {
  it('an advisor filtering their clients’ assets on owner.stripeCustomerId (admins only) gets a 400', async () => {
    const { status } = await rest('GET', '/assets?where[owner.stripeCustomerId][exists]=true', { token: cast.advisor.token })
    expect(status).toBe(400)
  })

  it('an admin may use the same path', async () => {
    const { status } = await rest('GET', '/assets?where[owner.stripeCustomerId][exists]=true', { token: cast.admin.token })
    expect(status).toBe(200)
  })

  it('a field whose rule needs the document (pendingEmail: the person’s own) is refused in a filter', async () => {
    const { status } = await rest('GET', '/users?where[pendingEmail][exists]=true', { token: cast.investor.token })
    expect(status).toBe(400)
  })
})
