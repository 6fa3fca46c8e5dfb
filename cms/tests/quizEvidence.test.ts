import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { ageQuizAttempts, allRight, makeCourse, oneRight, quizOf, type Course } from '../../tests/support/courses'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * Knowledge evidence that means something (issue 11, decision 007), over the
 * REST API of the running cms: a failed attempt gives nothing to send back,
 * options come in a server-decided order per attempt, a failure is followed
 * by a cooldown (aged with ageQuizAttempts instead of sleeping), and the
 * evidence says which attempt passed and when.
 */
const submit = (account: Account, course: Course, answers: Record<string, string[]>) =>
  rest('POST', '/enrollments/submit-quiz', { token: account.token, body: { course: course.id, lesson: quizOf(course).id, answers } })
const state = (account: Account | null, course: Course) =>
  rest('GET', `/enrollments/quiz-state?course=${course.id}&lesson=${quizOf(course).id}`, { token: account?.token })

/** Per question, the option ids found anywhere in a response body (an answer key if it leaks one), else what was sent. */
function replayOf(body: unknown, course: Course, sent: Record<string, string[]>): Record<string, string[]> {
  const json = JSON.stringify(body)
  return Object.fromEntries(
    quizOf(course).questions!.map((q) => {
      const leaked = q.options.map((o) => o.id).filter((id) => json.includes(id))
      return [q.id, leaked.length ? leaked : sent[q.id]!]
    }),
  )
}

let course: Course
let investor: Account
beforeAll(async () => {
  course = await makeCourse()
  investor = await createAccount('investor')
})

describe('a failed attempt reveals which questions were wrong, never the answers', () => {
  let failed: { status: number; body: any }

  it('answers no expected option and no explanation', async () => {
    failed = await submit(investor, course, oneRight(course))
    expect(failed.status).toBe(200)
    expect(failed.body).toMatchObject({ passed: false, score: 50, attempt: 1 })
    expect(failed.body.questions).toEqual([
      { questionId: quizOf(course).questions![0]!.id, correct: true },
      { questionId: quizOf(course).questions![1]!.id, correct: false },
    ])
    const json = JSON.stringify(failed.body)
    expect(json).not.toContain('correctOptionIds')
    expect(json).not.toContain('SECRET-EXPLANATION')
    // The second question's right options ("Perte en capital" and "Volatilité"): the wrong answer sent only the first.
    expect(json).not.toContain(quizOf(course).questions![1]!.options[2]!.id)
  })

  it('sending back everything the failed attempt gave cannot pass', async () => {
    await ageQuizAttempts(investor.id, course.id, 11)
    const replayed = await submit(investor, course, replayOf(failed.body, course, oneRight(course)))
    expect(replayed.status).toBe(200)
    expect(replayed.body.passed).toBe(false)
    const evidence = await (await testPayload()).find({ collection: 'knowledge-evidence', where: { owner: { equals: investor.id } }, overrideAccess: true })
    expect(evidence.totalDocs).toBe(0)
  })
})

describe('cooldown after a failed attempt', () => {
  it('refuses a second attempt within the window with 429 and when it is possible, in French, recording nothing', async () => {
    const other = await makeCourse()
    const first = await submit(investor, other, oneRight(other))
    expect(first.body.passed).toBe(false)
    expect(Date.parse(first.body.nextAttemptAt) - Date.now()).toBeGreaterThan(9 * 60_000)

    const again = await submit(investor, other, allRight(other))
    expect(again.status).toBe(429)
    expect(again.body.nextAttemptAt).toBe(first.body.nextAttemptAt)
    expect(again.body.errors[0].message).toMatch(/^Prochaine tentative possible à partir du .+\d{2}:\d{2}\.$/)
    expect(again.body.errors[0].data.errors[0].path).toBe('answers')
    const seen = await state(investor, other)
    expect(seen.body).toMatchObject({ attempt: 2, nextAttemptAt: first.body.nextAttemptAt })
    expect(seen.body.attempts).toHaveLength(1)

    // Nine minutes later: still refused; eleven: allowed.
    await ageQuizAttempts(investor.id, other.id, 9)
    expect((await submit(investor, other, allRight(other))).status).toBe(429)
    await ageQuizAttempts(investor.id, other.id, 2)
    const later = await submit(investor, other, allRight(other))
    expect(later.status).toBe(200)
    expect(later.body).toMatchObject({ passed: true, attempt: 2, nextAttemptAt: null })
  })

  it('lets simultaneous submissions through one at a time: one scored, the others refused', async () => {
    const other = await makeCourse()
    const all = await Promise.all(Array.from({ length: 4 }, () => submit(investor, other, oneRight(other))))
    expect(all.map((r) => r.status).sort()).toEqual([200, 429, 429, 429])
    expect((await state(investor, other)).body.attempts).toHaveLength(1)
  })
})

describe('evidence records the attempt that passed', () => {
  it('is the first pass, with its number and time; a later retake does not replace it', async () => {
    const other = await makeCourse()
    await submit(investor, other, oneRight(other))
    await ageQuizAttempts(investor.id, other.id, 11)
    const passed = await submit(investor, other, allRight(other))
    expect(passed.body).toMatchObject({ passed: true, attempt: 2, knowledgeEvidence: true })
    const retake = await submit(investor, other, allRight(other))
    expect(retake.body).toMatchObject({ passed: true, attempt: 3 })

    const { body } = await rest('GET', `/knowledge-evidence?where[course][equals]=${other.id}`, { token: investor.token })
    expect(body.docs).toHaveLength(1)
    const history = (await state(investor, other)).body.attempts
    expect(history.map((a: { number: number; passed: boolean; score: number }) => [a.number, a.passed, a.score])).toEqual([[1, false, 50], [2, true, 100], [3, true, 100]])
    expect(body.docs[0]).toMatchObject({ attempt: 2, score: 100, passedAt: history[1].submittedAt })
  })
})

describe('options in a server-decided order, new at every attempt', () => {
  it('gives each question a permutation of its options, never the editor’s order, stable on reload, new after a failure', async () => {
    const other = await makeCourse()
    const before = await state(investor, other)
    expect(before.status).toBe(200)
    expect(before.body).toMatchObject({ attempt: 1, nextAttemptAt: null, attempts: [] })
    for (const question of quizOf(other).questions!) {
      const editorOrder = question.options.map((o) => o.id)
      expect([...before.body.order[question.id]].sort()).toEqual([...editorOrder].sort())
      expect(before.body.order[question.id]).not.toEqual(editorOrder)
    }
    expect((await state(investor, other)).body.order).toEqual(before.body.order)

    await submit(investor, other, oneRight(other))
    const after = await state(investor, other)
    expect(after.body.attempt).toBe(2)
    for (const question of quizOf(other).questions!) expect(after.body.order[question.id]).not.toEqual(before.body.order[question.id])
  })

  it('is for the investor only: visitors 401, staff 403, never an answer', async () => {
    expect((await state(null, course)).status).toBe(401)
    expect((await state(await createAccount('advisor'), course)).status).toBe(403)
    const json = JSON.stringify((await state(investor, course)).body)
    expect(json).not.toMatch(/correct|SECRET-EXPLANATION/)
    expect((await rest('GET', `/enrollments/quiz-state?course=${course.id}&lesson=lire`, { token: investor.token })).status).toBe(400)
  })
})
