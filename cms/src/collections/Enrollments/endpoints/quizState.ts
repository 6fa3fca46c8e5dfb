import type { Endpoint } from 'payload'
import { findLesson, publishedCourse } from '../courseLessons'
import { loadEnrollment } from './enrollmentRecord'
import { investorOnly, refusedPremium, refuse } from './investorRequest'
import { attemptsAt, nextAttemptFor, numbered, optionOrder } from './quizAttempts'

/**
 * GET /api/enrollments/quiz-state?course=<id>&lesson=<id|slug> — the
 * signed-in investor's state on one quiz: the number of the attempt to come,
 * the order its options are shown in (decided here, per attempt), when it may
 * be submitted (null: now, else the end of the cooldown after a failure) and
 * the attempts so far. Never an answer.
 */
export const quizState: Endpoint = {
  path: '/quiz-state',
  method: 'get',
  handler: async (req) => {
    const userId = investorOnly(req)
    if (userId instanceof Response) return userId
    const course = await publishedCourse(req, req.searchParams.get('course'))
    if (!course) return refuse(req, 400, 'course', 'course')
    const locked = await refusedPremium(req, course)
    if (locked) return locked
    const lesson = findLesson(course, req.searchParams.get('lesson'))
    if (!lesson) return refuse(req, 400, 'lesson', 'lesson')
    if (lesson.blockType !== 'quiz') return refuse(req, 400, 'notQuiz', 'lesson')
    const record = await loadEnrollment(req, userId, course.id, new Date().toISOString())
    const attempts = attemptsAt(record, lesson.id)
    const attempt = attempts.length + 1
    return Response.json({
      attempt,
      order: optionOrder(userId, course, lesson, attempt),
      nextAttemptAt: nextAttemptFor(attempts),
      attempts: numbered(attempts),
    })
  },
}
