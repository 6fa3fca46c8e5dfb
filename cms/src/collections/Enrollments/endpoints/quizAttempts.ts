import { createHmac } from 'node:crypto'
import { attemptOrder, nextAttemptAt } from '@atlas/shared/training'
import { env } from '../../../env'
import type { StoredCourse, StoredLesson } from '../courseLessons'
import type { Attempt, EnrollmentRecord } from './enrollmentRecord'

/** One attempt as the investor and their advisor see it: its number within the quiz, time, score, outcome. */
export type NumberedAttempt = { number: number; submittedAt: string; score: number; passed: boolean }

export const attemptsAt = (record: EnrollmentRecord, lessonId: string): Attempt[] =>
  record.quizAttempts.filter((attempt) => attempt.lessonId === lessonId)

export const numbered = (attempts: readonly Attempt[]): NumberedAttempt[] =>
  attempts.map((a, i) => ({ number: i + 1, submittedAt: a.submittedAt, score: a.score, passed: Boolean(a.passed) }))

/** When this investor may next submit this quiz (null: now). */
export const nextAttemptFor = (attempts: readonly Attempt[]) => nextAttemptAt(attempts, env.quizRetryCooldownMinutes)

/**
 * The order of each question's options for attempt `attempt`, seeded by a
 * keyed hash of the server secret, the investor, the quiz and the attempt:
 * stable across reloads of one attempt, new at the next, unknown in advance.
 */
export function optionOrder(owner: number, course: StoredCourse, lesson: StoredLesson, attempt: number): Record<string, string[]> {
  return Object.fromEntries(
    (lesson.questions ?? []).map((question) => {
      const seedOf = (n: number) =>
        createHmac('sha256', env.payloadSecret).update(`quiz-order:${owner}:${course.id}:${lesson.id}:${question.id}:${n}`).digest('hex')
      return [question.id, attemptOrder(question.options.map((o) => o.id), attempt, seedOf)]
    }),
  )
}
