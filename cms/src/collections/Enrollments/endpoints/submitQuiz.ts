import { scoreQuiz, type QuizAnswers } from '@atlas/shared/training'
import type { Endpoint } from 'payload'
import { findLesson, isCourseComplete, publishedCourse, toQuizQuestions, type StoredLesson } from '../courseLessons'
import { recordKnowledgeEvidence } from '../recordKnowledgeEvidence'
import { loadEnrollment, saveEnrollment } from './enrollmentRecord'
import { investorAndBody, refuse } from './investorRequest'

/** Answers as {questionId: optionId[]}, every id one of the quiz's own; null if malformed. */
function parseAnswers(lesson: StoredLesson, raw: unknown): QuizAnswers | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null
  const answers: QuizAnswers = {}
  for (const [questionId, ticked] of Object.entries(raw)) {
    const question = lesson.questions?.find((q) => q.id === questionId)
    if (!question || !Array.isArray(ticked)) return null
    if (!ticked.every((id) => typeof id === 'string' && question.options.some((o) => o.id === id))) return null
    answers[questionId] = ticked as string[]
  }
  return answers
}

/**
 * POST /api/enrollments/submit-quiz {course, lesson, answers} — scores on the
 * server with the shared rules, records the attempt (retries allowed, best
 * kept) and only now returns the correct options and explanations. A pass in
 * a course tagged with a product class is recorded as knowledge evidence.
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
    const lesson = findLesson(course, body.lesson)
    if (!lesson) return refuse(req, 400, 'lesson', 'lesson')
    if (lesson.blockType !== 'quiz') return refuse(req, 400, 'notQuiz', 'lesson')
    const answers = parseAnswers(lesson, body.answers)
    if (!answers) return refuse(req, 400, 'answers', 'answers')

    const passMark = lesson.passMark ?? 70
    const result = scoreQuiz(toQuizQuestions(lesson), answers, passMark)
    const now = new Date().toISOString()
    const record = await loadEnrollment(req, userId, course.id, now)
    record.quizAttempts.push({ lessonId: lesson.id, score: result.score, passed: result.passed, submittedAt: now })
    const previous = record.quizBest.find((best) => best.lessonId === lesson.id)
    const best = { lessonId: lesson.id, bestScore: Math.max(previous?.bestScore ?? 0, result.score), passed: Boolean(previous?.passed) || result.passed }
    record.quizBest = [...record.quizBest.filter((b) => b.lessonId !== lesson.id), best]
    if (!record.completedAt && isCourseComplete(course, record.lessonsDone, record.quizBest)) record.completedAt = now
    const saved = await saveEnrollment(req, userId, course.id, record, now)
    const evidence = result.passed ? await recordKnowledgeEvidence(req, { owner: userId, course, lesson, score: result.score, passMark, at: now }) : false

    const explanations = new Map((lesson.questions ?? []).map((q) => [q.id, q.explanation ?? '']))
    return Response.json({
      score: result.score,
      passed: result.passed,
      passMark,
      correctCount: result.correctCount,
      questionCount: result.questionCount,
      questions: result.questions.map((q) => ({ ...q, explanation: explanations.get(q.questionId) ?? '' })),
      bestScore: best.bestScore,
      attempts: record.quizAttempts.filter((a) => a.lessonId === lesson.id).length,
      points: saved.points,
      completedAt: saved.completedAt ?? null,
      knowledgeEvidence: evidence,
    })
  },
}
