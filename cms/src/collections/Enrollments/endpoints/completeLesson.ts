import type { Endpoint } from 'payload'
import { findLesson, isCourseComplete, publishedCourse } from '../courseLessons'
import { loadEnrollment, saveEnrollment } from './enrollmentRecord'
import { investorAndBody, refusedPremium, refuse } from './investorRequest'
import { withQuizLock } from './quizLock'

/**
 * POST /api/enrollments/complete-lesson {course, lesson} — the investor marks
 * a video or text lesson done (idempotent). Answers the enrollment's points
 * and completion.
 */
export const completeLesson: Endpoint = {
  path: '/complete-lesson',
  method: 'post',
  handler: async (req) => {
    const asked = await investorAndBody(req)
    if (asked instanceof Response) return asked
    const { userId, body } = asked
    const course = await publishedCourse(req, body.course)
    if (!course) return refuse(req, 400, 'course', 'course')
    const locked = await refusedPremium(req, course)
    if (locked) return locked
    const lesson = findLesson(course, body.lesson)
    if (!lesson) return refuse(req, 400, 'lesson', 'lesson')
    if (lesson.blockType === 'quiz') return refuse(req, 400, 'quizLesson', 'lesson')

    // Under the quiz lock: a lesson marked done at the same time as a quiz submission never erases its attempt.
    return withQuizLock(req, userId, course.id, async () => {
      const now = new Date().toISOString()
      const record = await loadEnrollment(req, userId, course.id, now)
      if (!record.lessonsDone.some((done) => done.lessonId === lesson.id)) {
        record.lessonsDone.push({ lessonId: lesson.id, doneAt: now })
      }
      if (!record.completedAt && isCourseComplete(course, record.lessonsDone, record.quizBest)) record.completedAt = now
      const saved = await saveEnrollment(req, userId, course.id, record, now)
      return Response.json({ enrollment: saved.id, points: saved.points, completedAt: saved.completedAt ?? null })
    })
  },
}
