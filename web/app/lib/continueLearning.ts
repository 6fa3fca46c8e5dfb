import { courseIdOf, courseProgress } from './trainingProgress'
import type { CourseView, EnrollmentView } from './trainingTypes'

export type ContinueLearning = { courseTitle: string; href: string; lessonTitle: string; done: number; total: number } | null

/** Of the investor's enrollments (most recent activity first), the first course not finished and its next lesson. */
export function continueLearning(enrollments: readonly EnrollmentView[], courses: readonly CourseView[]): ContinueLearning {
  for (const enrollment of enrollments) {
    const course = courses.find((c) => c.id === courseIdOf(enrollment))
    if (!course) continue
    const progress = courseProgress(course, enrollment)
    if (progress.status === 'completed' || !progress.next) continue
    return {
      courseTitle: course.title,
      href: `/formation/${course.slug}/${progress.next.slug}`,
      lessonTitle: progress.next.title,
      done: progress.done,
      total: progress.total,
    }
  }
  return null
}
