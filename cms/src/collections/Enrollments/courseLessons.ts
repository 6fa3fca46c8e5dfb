import type { PayloadRequest } from 'payload'
import type { QuizQuestion } from '@atlas/shared/training'

export type StoredLesson = {
  id: string
  blockType: 'video' | 'text' | 'quiz'
  slug: string
  title: string
  passMark?: number
  questions?: { id: string; prompt: string; choice?: string | null; explanation?: string | null; options: { id: string; label: string; correct?: boolean | null }[] }[]
}
export type StoredCourse = { id: number; title: string; premium?: boolean | null; productClass?: string | null; lessons: StoredLesson[] }

/**
 * A published course as trusted code sees it (correct answers included).
 * Only published courses count: what an investor cannot read, they cannot
 * make progress in.
 */
export async function publishedCourse(req: PayloadRequest, courseId: unknown): Promise<StoredCourse | null> {
  const id = Number(courseId)
  if (!Number.isInteger(id) || id <= 0) return null
  const found = await req.payload.find({
    collection: 'courses',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    req,
  })
  const doc = found.docs[0] as unknown as StoredCourse | undefined
  return doc ? { ...doc, lessons: doc.lessons ?? [] } : null
}

export const findLesson = (course: StoredCourse, key: unknown): StoredLesson | undefined =>
  course.lessons.find((lesson) => lesson.id === key || lesson.slug === key)

export const toQuizQuestions = (lesson: StoredLesson): QuizQuestion[] =>
  (lesson.questions ?? []).map((q) => ({
    id: q.id,
    explanation: q.explanation,
    options: q.options.map((o) => ({ id: o.id, correct: o.correct === true })),
  }))

/** Done = every video/text lesson marked done and every quiz passed. */
export function isCourseComplete(
  course: StoredCourse,
  lessonsDone: readonly { lessonId: string }[],
  quizBest: readonly { lessonId: string; passed?: boolean | null }[],
): boolean {
  if (course.lessons.length === 0) return false
  return course.lessons.every((lesson) =>
    lesson.blockType === 'quiz'
      ? quizBest.some((q) => q.lessonId === lesson.id && q.passed)
      : lessonsDone.some((d) => d.lessonId === lesson.id),
  )
}
