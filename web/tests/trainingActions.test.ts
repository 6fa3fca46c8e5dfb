import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, type Account } from '../../tests/support/accounts'
import { ageQuizAttempts, allRight, makeCourse, oneRight, quizOf, type Course } from '../../tests/support/courses'
import { rest } from '../../tests/support/rest'
import { webClient } from './webClient'

/** Web's training pages and actions, through real HTTP against the real cms. */

const quizForm = (answers: Record<string, string[]>) => {
  const form = new URLSearchParams({ intent: 'quiz' })
  for (const [question, options] of Object.entries(answers)) for (const option of options) form.append(`answer.${question}`, option)
  return form
}

const signedInClient = async (account: Account) => {
  const client = webClient()
  const login = await client.post('/connexion', { email: account.email, password: TEST_PASSWORD, redirectTo: '/portail' })
  expect(login.status).toBe(302)
  return client
}

let investor: Account
let course: Course
const topic = `sujet-${Math.random().toString(36).slice(2, 8)}`
beforeAll(async () => {
  investor = await createAccount('investor')
  course = await makeCourse({ topic, title: `Formation ${topic}` })
})

describe('training for a visitor', () => {
  it('lists the course in the catalogue, filtered by topic', async () => {
    const { status, html } = await webClient().get(`/formation?theme=${topic}`)
    expect(status).toBe(200)
    expect(html).toContain(`Formation ${topic}`)
    expect(html.match(/data-testid="course-card"/g)).toHaveLength(1)
    expect((await webClient().get(`/formation?theme=${topic}&niveau=advanced`)).html).toContain('Aucune formation ne correspond')
  })

  it('shows the outline only and sends a visitor back from a lesson of a course that is not a free preview', async () => {
    const page = await webClient().get(`/formation/${course.slug}`)
    expect(page.html).toContain('data-testid="course-locked"')
    expect(page.html).toContain('Quiz')
    const lesson = await webClient().get(`/formation/${course.slug}/voir`)
    expect(lesson.status).toBe(302)
    expect(lesson.location).toBe(`/formation/${course.slug}`)
  })
})

describe('training for an investor', () => {
  it('plays a video lesson with its transcript and no quiz secret anywhere', async () => {
    const client = await signedInClient(investor)
    const video = await client.get(`/formation/${course.slug}/voir`)
    expect(video.status).toBe(200)
    expect(video.html).toContain('Transcription de la vidéo.')
    const quiz = await client.get(`/formation/${course.slug}/quiz`)
    expect(quiz.html).toContain('Une part du capital')
    expect(quiz.html).not.toContain('SECRET-EXPLANATION')
  })

  it('shows the options in the order the cms chose for the coming attempt', async () => {
    const client = await signedInClient(investor)
    const { html } = await client.get(`/formation/${course.slug}/quiz`)
    const state = await rest('GET', `/enrollments/quiz-state?course=${course.id}&lesson=quiz`, { token: investor.token })
    for (const question of quizOf(course).questions!) {
      const shown = question.options.map((o) => o.id).sort((a, b) => html.indexOf(`value="${a}"`) - html.indexOf(`value="${b}"`))
      expect(shown).toEqual(state.body.order[question.id])
    }
  })

  it('marks lessons done and moves on; refuses an unanswered quiz at the field; fails, then passes', async () => {
    const client = await signedInClient(investor)
    const done = await client.post(`/formation/${course.slug}/lire`, { intent: 'complete' })
    expect(done.status).toBe(302)
    expect(done.location).toBe(`/formation/${course.slug}/voir`)
    expect((await client.post(`/formation/${course.slug}/voir`, { intent: 'complete' })).location).toBe(`/formation/${course.slug}/quiz`)
    expect((await client.get(`/formation/${course.slug}/lire`)).html).toContain('data-testid="lesson-done"')

    const empty = await client.post(`/formation/${course.slug}/quiz`, { intent: 'quiz' })
    expect(empty.status).toBe(400)
    expect(empty.html).toContain('Répondez à chaque question.')

    const post = (answers: Record<string, string[]>) => client.post(`/formation/${course.slug}/quiz`, quizForm(answers))
    const failed = await post(oneRight(course))
    expect(failed.status).toBe(200)
    expect(failed.html).toContain('Votre score : 50 %')
    expect(failed.html).toContain('Réponse incorrecte — À revoir')
    expect(failed.html).not.toContain('SECRET-EXPLANATION')
    expect(failed.html).not.toContain('Réponse attendue')
    expect(failed.html).toMatch(/data-testid="quiz-cooldown"[^>]*>.*Prochaine tentative possible à partir du/s)

    // Within the cooldown the cms refuses, and the page says until when.
    const early = await post(allRight(course))
    expect(early.status).toBe(429)
    expect(early.html).toContain('Prochaine tentative possible à partir du')
    expect(early.html).not.toContain('Quiz réussi')

    await ageQuizAttempts(investor.id, course.id, 11)
    const passed = await post(allRight(course))
    expect(passed.html).toContain('Quiz réussi')
    expect(passed.html).toContain('SECRET-EXPLANATION-2')
    expect(passed.html).toContain('data-testid="quiz-evidence"')
    expect(quizOf(course).questions).toHaveLength(2)
  })

  it('draws a single-choice question as radios and refuses two of its options at that question, keeping the answers', async () => {
    const other = await createAccount('investor')
    const client = await signedInClient(other)
    const { html } = await client.get(`/formation/${course.slug}/quiz`)
    const [single, multiple] = quizOf(course).questions!
    for (const option of single!.options) expect(html).toMatch(new RegExp(`type="radio"[^>]*name="answer\\.${single!.id}"[^>]*value="${option.id}"`))
    for (const option of multiple!.options) expect(html).toMatch(new RegExp(`type="checkbox"[^>]*name="answer\\.${multiple!.id}"[^>]*value="${option.id}"`))
    expect(html).toContain('Une seule réponse.')
    expect(html).toContain('Une ou plusieurs réponses.')

    const both = await client.post(`/formation/${course.slug}/quiz`, quizForm({ ...allRight(course), [single!.id]: single!.options.map((o) => o.id) }))
    expect(both.status).toBe(400)
    expect(both.html).toMatch(/class="field-error" role="alert">Une seule réponse est attendue à cette question\./)
    expect(both.html).not.toContain('data-testid="quiz-result"')
  })

  it('shows points, level and the first-course and perfect-quiz badges on /portail/formation', async () => {
    const client = await signedInClient(investor)
    const { status, html } = await client.get('/portail/formation')
    expect(status).toBe(200)
    // 2 lessons × 10 + quiz passed 50 + perfect 25
    expect(html).toContain('95 points')
    expect(html).toMatch(/data-testid="badge-earned" data-badge="first-course"/)
    expect(html).toMatch(/data-testid="badge-earned" data-badge="perfect-quiz"/)
    expect(html).toMatch(/data-testid="badge-locked" data-badge="streak-7"/)
    const catalogue = await client.get(`/formation?theme=${topic}&progression=completed`)
    expect(catalogue.html.match(/data-testid="course-card"/g)).toHaveLength(1)
  })
})
