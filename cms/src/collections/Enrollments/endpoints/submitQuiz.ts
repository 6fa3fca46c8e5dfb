import { translate } from '@atlas/shared/i18n'
import { choiceOf, feedbackFor, fitsChoice, scoreQuiz, type QuizAnswers } from '@atlas/shared/training'
import type { Endpoint, PayloadRequest } from 'payload'
import { requestLocale } from '../../../i18n/requestLocale'
import { findLesson, isCourseComplete, publishedCourse, toQuizQuestions, type StoredLesson } from '../courseLessons'
import { recordKnowledgeEvidence } from '../recordKnowledgeEvidence'
import { loadEnrollment, saveEnrollment } from './enrollmentRecord'
import { investorAndBody, refusedPremium, refuse } from './investorRequest'
import { attemptsAt, nextAttemptFor } from './quizAttempts'
import { withQuizLock } from './quizLock'

/** 429 during the cooldown after a failed attempt, saying (Paris time) when the next one is possible. */
function refuseUntil(req: PayloadRequest, nextAttemptAt: string) {
  const locale = requestLocale(req)
  const date = new Date(nextAttemptAt).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' })
  const message = translate(locale, 'training.quiz.cooldown', { date })
  return Response.json(
    { errors: [{ message, data: { nextAttemptAt, errors: [{ path: 'answers', message }] } }], nextAttemptAt },
    { status: 429, headers: { 'Retry-After': String(Math.max(1, Math.ceil((Date.parse(nextAttemptAt) - Date.now()) / 1000))) } },
  )
}

/**
 * Answers as {questionId: optionId[]}, every id one of the quiz's own, or the
 * refusal naming the field at fault: a malformed body (`answers`), or several
 * options on a single-choice question (`answers.<questionId>`).
 */
function parseAnswers(req: PayloadRequest, lesson: StoredLesson, raw: unknown): QuizAnswers | Response {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return refuse(req, 400, 'answers', 'answers')
  const answers: QuizAnswers = {}
  for (const [questionId, ticked] of Object.entries(raw)) {
    const question = lesson.questions?.find((q) => q.id === questionId)
    if (!question || !Array.isArray(ticked)) return refuse(req, 400, 'answers', 'answers')
    if (!ticked.every((id) => typeof id === 'string' && question.options.some((o) => o.id === id))) return refuse(req, 400, 'answers', 'answers')
    if (!fitsChoice(choiceOf(question.choice, question.options), ticked as string[])) return refuse(req, 400, 'tooMany', `answers.${questionId}`)
    answers[questionId] = ticked as string[]
  }
  return answers
}

/**
 * POST /api/enrollments/submit-quiz {course, lesson, answers} — scores on the
 * server with the shared rules and records the attempt, passed or failed
 * (retries allowed, best kept for points). A failed attempt answers which
 * questions were wrong and when the next attempt is possible — never the
 * expected options nor the explanations; a passed one adds the explanations.
 * After a failure, a new attempt within the cooldown is refused with 429.
 * The first pass of a quiz in a course tagged with a product class is
 * recorded as knowledge evidence, with its attempt number and time.
 */
export const submitQuiz: Endpoint = {
  path: '/submit-quiz',
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
    if (lesson.blockType !== 'quiz') return refuse(req, 400, 'notQuiz', 'lesson')
    const answers = parseAnswers(req, lesson, body.answers)
    if (answers instanceof Response) return answers

    return withQuizLock(req, userId, course.id, async () => {
      const now = new Date().toISOString()
      const record = await loadEnrollment(req, userId, course.id, now)
      const before = attemptsAt(record, lesson.id)
      const waitUntil = nextAttemptFor(before)
      if (waitUntil && Date.parse(now) < Date.parse(waitUntil)) return refuseUntil(req, waitUntil)

      const passMark = lesson.passMark ?? 70
      const questions = toQuizQuestions(lesson)
      const result = scoreQuiz(questions, answers, passMark)
      const number = before.length + 1
      record.quizAttempts.push({ lessonId: lesson.id, score: result.score, passed: result.passed, submittedAt: now })
      const previous = record.quizBest.find((best) => best.lessonId === lesson.id)
      const best = { lessonId: lesson.id, bestScore: Math.max(previous?.bestScore ?? 0, result.score), passed: Boolean(previous?.passed) || result.passed }
      record.quizBest = [...record.quizBest.filter((b) => b.lessonId !== lesson.id), best]
      if (!record.completedAt && isCourseComplete(course, record.lessonsDone, record.quizBest)) record.completedAt = now
      const saved = await saveEnrollment(req, userId, course.id, record, now)
      const evidence = result.passed
        ? await recordKnowledgeEvidence(req, { owner: userId, course, lesson, score: result.score, passMark, at: now, attempt: number })
        : false

      return Response.json({
        score: result.score,
        passed: result.passed,
        passMark,
        correctCount: result.correctCount,
        questionCount: result.questionCount,
        questions: feedbackFor(questions, result),
        attempt: number,
        nextAttemptAt: nextAttemptFor(attemptsAt(record, lesson.id)),
        bestScore: best.bestScore,
        attempts: number,
        points: saved.points,
        completedAt: saved.completedAt ?? null,
        knowledgeEvidence: evidence,
      })
    })
  },
}
