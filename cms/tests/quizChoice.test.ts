import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { allRight, makeCourse, quizOf, type Course } from '../../tests/support/courses'
import { rest } from '../../tests/support/rest'

/**
 * Single- or multiple-choice quiz questions (decision 026), through the REST
 * API of the running cms: the choice investors read, the editor's field error
 * when a single-choice question has several correct options, and the refusal
 * of an attempt that ticks several options of a single-choice question.
 */
let editor: Account
let investor: Account
let course: Course
beforeAll(async () => {
  editor = await createAccount('editor')
  investor = await createAccount('investor')
  course = await makeCourse()
})

const quizLesson = (question: Record<string, unknown>) => ({
  title: `Choix ${Math.random().toString(36).slice(2, 8)}`,
  slug: `choix-${Math.random().toString(36).slice(2, 8)}`,
  _status: 'published',
  lessons: [{ blockType: 'quiz', title: 'Quiz', slug: 'quiz', passMark: 70, questions: [{ prompt: 'Oui ou non ?', ...question }] }],
})

describe('a question’s choice', () => {
  it('without one given, is single for exactly one correct option and multiple for two — and investors read it', async () => {
    const { status, body } = await rest('GET', `/courses/${course.id}`, { token: investor.token })
    expect(status).toBe(200)
    const questions = body.lessons.find((l: { blockType: string }) => l.blockType === 'quiz').questions
    expect(questions.map((q: { choice: string }) => q.choice)).toEqual(['single', 'multiple'])
    expect(JSON.stringify(body)).not.toContain('"correct"')
  })

  it('refuses a single-choice question with two correct options, in French at the options field', async () => {
    const { status, body } = await rest('POST', '/courses', {
      token: editor.token,
      body: quizLesson({ choice: 'single', options: [{ label: 'Oui', correct: true }, { label: 'Non', correct: true }] }),
    })
    expect(status).toBe(400)
    const issues = body.errors[0].data.errors as { path: string; message: string }[]
    expect(issues).toContainEqual(expect.objectContaining({ path: 'lessons.0.questions.0.options', message: expect.stringContaining('exactement une bonne réponse') }))
  })

  it('keeps the editor’s multiple choice on a question with one correct option', async () => {
    const { status, body } = await rest('POST', '/courses', {
      token: editor.token,
      body: quizLesson({ choice: 'multiple', options: [{ label: 'Oui', correct: true }, { label: 'Non', correct: false }] }),
    })
    expect(status).toBe(201)
    expect(body.doc.lessons[0].questions[0].choice).toBe('multiple')
  })
})

describe('an attempt on a single-choice question', () => {
  it('ticking both options is refused with 400 at that question, in French, and records nothing', async () => {
    const single = quizOf(course).questions![0]!
    const answers = { ...allRight(course), [single.id]: single.options.map((o) => o.id) }
    const { status, body } = await rest('POST', '/enrollments/submit-quiz', {
      token: investor.token,
      body: { course: course.id, lesson: 'quiz', answers },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0]).toEqual({ path: `answers.${single.id}`, message: 'Une seule réponse est attendue à cette question.' })
    const stored = await (await testPayload()).find({ collection: 'enrollments', where: { owner: { equals: investor.id } }, overrideAccess: true })
    expect(stored.docs.flatMap((e) => e.quizAttempts ?? [])).toEqual([])
  })
})
