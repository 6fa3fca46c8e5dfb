import { createLocalReq, type Endpoint, type Payload } from 'payload'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import type { User } from '@atlas/shared/payload-types'
import { completeLesson } from '../collections/Enrollments/endpoints/completeLesson'
import { submitQuiz } from '../collections/Enrollments/endpoints/submitQuiz'
import { publishedCourse, type StoredLesson } from '../collections/Enrollments/courseLessons'
import { validateProfileEndpoint } from '../collections/Profiles/endpoints/validateProfile'
import { dismissOnboarding } from '../endpoints/dismissOnboarding'

/*
 * The demo's clients at three points of the advisor–client loop: one
 * validated, one waiting for the advisor, one still drafting; with some
 * course progress and a passed quiz (knowledge evidence). Everything goes
 * through the rules a person meets: the investor's own profile update
 * (access, answer checks, derived figures), the advisor's "Valider le
 * profil" endpoint, the training endpoints (scoring, points, evidence).
 * Onboarding checklist: the advisor recorded a first meeting with the
 * validated and the submitted clients; the validated one, every step done,
 * hid the "Bien démarrer" card; the drafting one sees it part-done.
 */

/** Calls one of our endpoints as `user` would, through its real handler; throws on a refusal. */
const callAs = async (payload: Payload, user: User, endpoint: Endpoint, body: unknown, routeParams?: Record<string, string>) => {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  Object.assign(req, { json: async () => body, routeParams })
  const response = (await endpoint.handler(req)) as Response
  if (!response.ok) throw new Error(`seed: ${endpoint.path} refused for ${user.email}: ${response.status} ${await response.text()}`)
  return response.json()
}

/** The investor fills in their own questionnaire (as the portal's PATCH does), and submits it or not. */
const answerAs = async (payload: Payload, investor: User, data: Record<string, unknown>) => {
  const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, depth: 0, where: { owner: { equals: investor.id } } })).docs[0]!
  await payload.update({ collection: 'profiles', id: profile.id, data, user: { ...investor, collection: 'users' } as never, overrideAccess: false, depth: 0 })
  return profile.id
}

/** The right options of a quiz, as a person who learnt the lesson ticks them. */
const rightAnswers = (quiz: StoredLesson) =>
  Object.fromEntries((quiz.questions ?? []).map((q) => [q.id, q.options.filter((o) => o.correct === true).map((o) => o.id)]))

const courseBySlug = async (payload: Payload, slug: string) => {
  const { docs } = await payload.find({ collection: 'courses', overrideAccess: true, depth: 0, limit: 1, where: { slug: { equals: slug } } })
  const req = await createLocalReq({}, payload)
  return publishedCourse(req, docs[0]?.id)
}

export const seedClientProgress = async (payload: Payload, advisor: User, [validated, submitted, draft]: User[]) => {
  // 1. Validated: answered, submitted, then validated by the advisor.
  const validatedProfile = await answerAs(payload, validated!, { ...exampleAnswers(), status: 'submitted' })
  await callAs(payload, advisor, validateProfileEndpoint, {}, { id: String(validatedProfile) })
  // 2. Submitted: waiting on the advisor's home.
  await answerAs(payload, submitted!, {
    ...exampleAnswers(),
    work: { ...exampleAnswers().work, profession: 'Architecte' },
    status: 'submitted',
  })
  // 3. Draft: only the first step.
  await answerAs(payload, draft!, { identity: exampleAnswers().identity })

  // Training: the validated client finished the savings course and passed its quiz; the submitted one started it.
  const savings = await courseBySlug(payload, 'bases-de-l-epargne')
  if (!savings) return
  for (const lesson of savings.lessons) {
    if (lesson.blockType === 'quiz') {
      await callAs(payload, validated!, submitQuiz, { course: savings.id, lesson: lesson.id, answers: rightAnswers(lesson) })
    } else {
      await callAs(payload, validated!, completeLesson, { course: savings.id, lesson: lesson.id })
    }
  }
  const first = savings.lessons.find((lesson) => lesson.blockType !== 'quiz')
  if (first) await callAs(payload, submitted!, completeLesson, { course: savings.id, lesson: first.id })

  // The advisor records the first meeting on the profile (field access: advisors and admins only).
  const met = [
    { client: validated!, at: '2026-09-15T08:00:00.000Z' },
    { client: submitted!, at: '2026-11-24T13:30:00.000Z' },
  ]
  for (const { client, at } of met) {
    const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, depth: 0, where: { owner: { equals: client.id } } })).docs[0]!
    await payload.update({ collection: 'profiles', id: profile.id, data: { firstMeetingAt: at }, user: { ...advisor, collection: 'users' } as never, overrideAccess: false, depth: 0 })
  }
  await callAs(payload, validated!, dismissOnboarding, {})
}
