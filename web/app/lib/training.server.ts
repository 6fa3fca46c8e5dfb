import { data } from 'react-router'
import { cmsFetch } from './cms.server'
import type { CourseView, EnrollmentView, LessonView, QuizState } from './trainingTypes'

type Page<T> = { docs: T[]; totalDocs: number }

/** Published courses the reader may see (the cms decides), A→Z. */
export async function listCourses(token: string | undefined): Promise<CourseView[]> {
  const result = await cmsFetch<Page<CourseView>>('/api/courses?limit=100&depth=0&sort=title', { token })
  if (!result.ok) throw data({ reason: 'cms-unavailable' }, { status: 503 })
  return result.data.docs
}

/** One published course by slug, with uploads in its lessons populated; 404 when the reader may not see it. */
export async function courseBySlug(token: string | undefined, slug: string): Promise<CourseView> {
  const result = await cmsFetch<Page<CourseView>>(
    `/api/courses?where[slug][equals]=${encodeURIComponent(slug)}&limit=1&depth=1`,
    { token },
  )
  if (!result.ok) throw data({ reason: 'cms-unavailable' }, { status: 503 })
  const course = result.data.docs[0]
  if (!course) throw data({ reason: 'not-found' }, { status: 404 })
  return course
}

/** The investor's own enrollments (the cms limits them to theirs), most recent activity first. */
export async function myEnrollments(token: string): Promise<EnrollmentView[]> {
  const result = await cmsFetch<Page<EnrollmentView>>('/api/enrollments?limit=100&depth=0&sort=-lastActivityAt', { token })
  if (!result.ok) throw data({ reason: 'cms-unavailable' }, { status: 503 })
  return result.data.docs
}

/** The investor's state on a quiz (attempt number, option order, cooldown); null when the cms cannot say. */
export async function quizState(token: string, courseId: number, lessonId: string): Promise<QuizState | null> {
  const result = await cmsFetch<QuizState>(`/api/enrollments/quiz-state?course=${courseId}&lesson=${encodeURIComponent(lessonId)}`, { token })
  return result.ok ? result.data : null
}

/** The quiz with each question's options in the order the cms chose for this attempt (unknown ids keep their place at the end). */
export function inAttemptOrder(lesson: LessonView, order: QuizState['order'] | undefined): LessonView {
  if (!order || !lesson.questions) return lesson
  const rank = (questionId: string, optionId: string) => {
    const at = order[questionId]?.indexOf(optionId) ?? -1
    return at < 0 ? Number.MAX_SAFE_INTEGER : at
  }
  return {
    ...lesson,
    questions: lesson.questions.map((q) => ({ ...q, options: [...q.options].sort((a, b) => rank(q.id, a.id) - rank(q.id, b.id)) })),
  }
}
