import { beforeAll, describe, expect, it } from 'vitest'
import { createCast, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { ageQuizAttempts, allRight, makeCourse, oneRight, quizOf, type Course, type Lesson } from '../../tests/support/courses'
import { rest } from '../../tests/support/rest'

/**
 * Training through the REST API of the running cms: what investors and
 * visitors may see of a quiz before answering, server-side scoring, progress
 * and points that only the server writes, knowledge evidence.
 */
let cast: Cast
let course: Course
beforeAll(async () => {
  cast = await createCast()
  course = await makeCourse()
})

describe('what readers receive of a course', () => {
  it('an investor gets the questions but never `correct` nor the explanations', async () => {
    const { status, body } = await rest('GET', `/courses/${course.id}`, { token: cast.investor.token })
    expect(status).toBe(200)
    const json = JSON.stringify(body)
    expect(json).toContain('Une part du capital')
    expect(json).not.toContain('"correct"')
    expect(json).not.toContain('SECRET-EXPLANATION')
  })

  it('an editor gets the answers and explanations', async () => {
    const json = JSON.stringify((await rest('GET', `/courses/${course.id}`, { token: cast.editor.token })).body)
    expect(json).toContain('"correct":true')
    expect(json).toContain('SECRET-EXPLANATION-1')
  })

  it('a visitor sees only the outline of a course that is not a free preview', async () => {
    const { status, body } = await rest('GET', `/courses/${course.id}`)
    expect(status).toBe(200)
    expect(body.lessons.map((l: Lesson) => l.slug)).toEqual(['lire', 'voir', 'quiz'])
    const json = JSON.stringify(body)
    expect(json).not.toContain('Une action est une part')
    expect(json).not.toContain('Transcription de la vidéo')
    expect(json).not.toContain('Une part du capital')
    expect(body.lessons[2]).toMatchObject({ locked: true, questionCount: 2 })
  })

  it('a visitor reads a free-preview course in full, still without answers', async () => {
    const preview = await makeCourse({ freePreview: true })
    const json = JSON.stringify((await rest('GET', `/courses/${preview.id}`)).body)
    expect(json).toContain('Transcription de la vidéo')
    expect(json).toContain('Une part du capital')
    expect(json).not.toContain('"correct"')
    expect(json).not.toContain('SECRET-EXPLANATION')
  })
})

describe('quiz submission, scored on the server', () => {
  it('fails with 1 of 2 (which question was wrong, no answer), passes after the cooldown and records evidence', async () => {
    const lesson = quizOf(course).id
    const first = await rest('POST', '/enrollments/submit-quiz', {
      token: cast.investor.token,
      body: { course: course.id, lesson, answers: oneRight(course) },
    })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ score: 50, passed: false, passMark: 70, correctCount: 1, questionCount: 2, points: 0, knowledgeEvidence: false, attempt: 1 })
    expect(first.body.questions.map((q: { correct: boolean }) => q.correct)).toEqual([true, false])
    expect(JSON.stringify(first.body)).not.toMatch(/SECRET-EXPLANATION|correctOptionIds|explanation/)

    await ageQuizAttempts(cast.investor.id, course.id, 11)
    const second = await rest('POST', '/enrollments/submit-quiz', {
      token: cast.investor.token,
      body: { course: course.id, lesson, answers: allRight(course) },
    })
    expect(second.body).toMatchObject({ score: 100, passed: true, bestScore: 100, attempts: 2, points: 75, knowledgeEvidence: true, nextAttemptAt: null })
    expect(second.body.questions.map((q: { explanation: string }) => q.explanation)).toEqual(['SECRET-EXPLANATION-1', 'SECRET-EXPLANATION-2'])
    expect(JSON.stringify(second.body)).not.toContain('correctOptionIds')

    const evidence = await rest('GET', `/knowledge-evidence?where[owner][equals]=${cast.investor.id}`, { token: cast.advisor.token })
    expect(evidence.body.docs).toHaveLength(1)
    expect(evidence.body.docs[0]).toMatchObject({ productClass: 'equities', score: 100, passMark: 70, attempt: 2 })
    const others = await rest('GET', '/knowledge-evidence', { token: cast.otherInvestor.token })
    expect(others.body.docs).toHaveLength(0)
  })

  it('completes the course when every lesson is done and the quiz passed', async () => {
    for (const slug of ['lire', 'voir']) {
      const done = await rest('POST', '/enrollments/complete-lesson', {
        token: cast.investor.token,
        body: { course: course.id, lesson: slug, points: 9999 },
      })
      expect(done.status).toBe(200)
    }
    const { body } = await rest('GET', `/enrollments?where[course][equals]=${course.id}`, { token: cast.investor.token })
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0].points).toBe(2 * 10 + 50 + 25)
    expect(body.docs[0].completedAt).toBeTruthy()
    expect(body.docs[0].lessonsDone).toHaveLength(2)
  })

  it('refuses answers that are not the quiz’s own options, with a 400 naming the field', async () => {
    const { status, body } = await rest('POST', '/enrollments/submit-quiz', {
      token: cast.investor.token,
      body: { course: course.id, lesson: 'quiz', answers: { forged: ['x'] } },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].path).toBe('answers')
  })

  it('refuses visitors (401), staff (403), a quiz marked done by hand, and draft courses', async () => {
    const body = { course: course.id, lesson: 'quiz', answers: {} }
    expect((await rest('POST', '/enrollments/submit-quiz', { body })).status).toBe(401)
    expect((await rest('POST', '/enrollments/submit-quiz', { token: cast.editor.token, body })).status).toBe(403)
    expect((await rest('POST', '/enrollments/complete-lesson', { token: cast.investor.token, body: { course: course.id, lesson: 'quiz' } })).status).toBe(400)
    const draft = await makeCourse({ status: 'draft' })
    expect((await rest('GET', `/courses/${draft.id}`, { token: cast.investor.token })).status).toBe(404)
    const refused = await rest('POST', '/enrollments/complete-lesson', { token: cast.otherInvestor.token, body: { course: draft.id, lesson: 'lire' } })
    expect(refused.status).toBe(400)
  })
})

describe('points cannot be set by a client', () => {
  it('neither the investor nor an admin can write points through REST', async () => {
    const own = await rest('GET', `/enrollments?where[course][equals]=${course.id}`, { token: cast.investor.token })
    const id = own.body.docs[0].id
    expect((await rest('PATCH', `/enrollments/${id}`, { token: cast.investor.token, body: { points: 9999 } })).status).toBe(403)
    expect((await rest('PATCH', `/enrollments/${id}`, { token: cast.admin.token, body: { points: 9999 } })).status).toBe(403)
    expect((await rest('POST', '/enrollments', { token: cast.otherInvestor.token, body: { owner: cast.otherInvestor.id, course: course.id, points: 9999 } })).status).toBe(403)
    const after = await rest('GET', `/enrollments/${id}`, { token: cast.admin.token })
    expect(after.body.points).toBe(95)
  })

  it('the points hook recomputes from facts even for trusted writes', async () => {
    const payload = await testPayload()
    const other = await makeCourse()
    const doc = await payload.create({
      collection: 'enrollments',
      overrideAccess: true,
      data: { owner: cast.otherInvestor.id, course: other.id, points: 5000, lessonsDone: [{ lessonId: 'x', doneAt: new Date().toISOString() }] } as never,
    })
    expect((doc as unknown as { points: number }).points).toBe(10)
  })
})
