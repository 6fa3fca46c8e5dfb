import { data } from 'react-router'
import { cmsFetch } from './cms.server'
import type { CourseView, EnrollmentView } from './trainingTypes'

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
