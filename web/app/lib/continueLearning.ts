import { listCourses, myEnrollments } from './training.server'
import { courseIdOf, courseProgress } from './trainingProgress'

export type ContinueLearning = { courseTitle: string; href: string; lessonTitle: string; done: number; total: number } | null

/** The most recently active course the investor has not finished, and its next lesson. */
export async function continueLearning(token: string): Promise<ContinueLearning> {
  const [enrollments, courses] = await Promise.all([myEnrollments(token), listCourses(token)])
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
