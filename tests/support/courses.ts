import { testPayload } from './payload'

/**
 * A course with a text, a video and a two-question quiz (one single-answer,
 * one multiple-answer), created as trusted code; and answer sets for it.
 */
const unique = () => Math.random().toString(36).slice(2, 10)
const paragraph = (text: string) => ({
  root: {
    type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
    children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '',
      children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})

export type Lesson = { id: string; slug: string; blockType: string; questions?: { id: string; options: { id: string; label: string }[] }[] }
export type Course = { id: number; slug: string; title: string; lessons: Lesson[] }

export async function makeCourse(options: { status?: 'published' | 'draft'; freePreview?: boolean; premium?: boolean; topic?: string; title?: string } = {}): Promise<Course> {
  const payload = await testPayload()
  const doc = await payload.create({
    collection: 'courses',
    overrideAccess: true,
    draft: options.status === 'draft',
    data: {
      title: options.title ?? 'Quiz de test',
      slug: `quiz-${unique()}`,
      _status: options.status ?? 'published',
      freePreview: options.freePreview ?? false,
      premium: options.premium ?? false,
      productClass: 'equities',
      topics: [options.topic ?? 'actions'],
      lessons: [
        { blockType: 'text', title: 'Lire', slug: 'lire', content: paragraph('Une action est une part du capital.') },
        { blockType: 'video', title: 'Voir', slug: 'voir', transcript: 'Transcription de la vidéo.' },
        {
          blockType: 'quiz', title: 'Quiz', slug: 'quiz', passMark: 70,
          questions: [
            { prompt: 'Une action est…', explanation: 'SECRET-EXPLANATION-1', options: [{ label: 'Une part du capital', correct: true }, { label: 'Un prêt', correct: false }] },
            { prompt: 'Risques ?', explanation: 'SECRET-EXPLANATION-2', options: [{ label: 'Perte en capital', correct: true }, { label: 'Aucun', correct: false }, { label: 'Volatilité', correct: true }] },
          ],
        },
      ],
    } as never,
  })
  return doc as unknown as Course
}

export const quizOf = (course: Course) => course.lessons.find((l) => l.blockType === 'quiz')!
const answersFor = (course: Course, pick: (labels: string[]) => number[]) =>
  Object.fromEntries(
    quizOf(course).questions!.map((q) => [q.id, pick(q.options.map((o) => o.label)).map((i) => q.options[i]!.id)]),
  )
export const allRight = (course: Course) =>
  answersFor(course, (labels) => labels.flatMap((label, i) => (['Une part du capital', 'Perte en capital', 'Volatilité'].includes(label) ? [i] : [])))
/** Right on the first question, only half of the second: 1 of 2 = 50 %. */
export const oneRight = (course: Course) => answersFor(course, () => [0])


/**
 * Time control for the quiz cooldown, without sleeping: moves the investor's
 * recorded attempts on `course` `minutes` into the past, as if that time had
 * passed since (the cooldown counts from the last attempt's time).
 */
export async function ageQuizAttempts(owner: number, courseId: number, minutes: number): Promise<void> {
  const payload = await testPayload()
  const found = await payload.find({
    collection: 'enrollments',
    where: { and: [{ owner: { equals: owner } }, { course: { equals: courseId } }] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  const enrollment = found.docs[0] as unknown as { id: number; quizAttempts?: { submittedAt: string }[] } | undefined
  if (!enrollment) throw new Error(`no enrollment of ${owner} in course ${courseId}`)
  const quizAttempts = (enrollment.quizAttempts ?? []).map((attempt) => ({
    ...attempt,
    submittedAt: new Date(Date.parse(attempt.submittedAt) - minutes * 60_000).toISOString(),
  }))
  await payload.update({ collection: 'enrollments', id: enrollment.id, overrideAccess: true, data: { quizAttempts } as never })
}

