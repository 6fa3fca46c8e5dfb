/**
 * Quiz scoring, the one copy used by the cms endpoint that checks answers.
 *
 * Partial-credit policy: NONE. A question counts as correct only when the
 * investor ticked exactly the set of correct options — for a single-answer
 * question the one right option, for a multiple-answer question all of the
 * right ones and none of the wrong ones. Partial credit would reward ticking
 * everything, and a passed quiz is used as evidence of knowledge (MiFID II),
 * so a half-known answer is not knowledge.
 *
 * The score is the share of correct questions, in whole percent, rounded
 * half up: 2 of 3 → 67. A quiz passes when score ≥ pass mark.
 *
 * What an attempt reveals (decision 007): a failed attempt says which
 * questions were wrong and nothing else — never the expected options nor the
 * explanations, which would let anyone pass by sending them back. A passed
 * attempt adds the explanations (the lesson's teaching); the ids of the
 * correct options never leave the server. After a failed attempt the next one
 * waits a cooldown; a pass opens practice retakes at once.
 */

export type QuizOption = { id: string; correct: boolean }
export type QuizQuestion = { id: string; options: QuizOption[]; explanation?: string | null }
/** The option ids ticked, per question id. A missing question counts as unanswered (wrong). */
export type QuizAnswers = Record<string, string[]>

export type QuestionResult = { questionId: string; correct: boolean }
export type QuizResult = {
  score: number
  correctCount: number
  questionCount: number
  passed: boolean
  passMark: number
  questions: QuestionResult[]
}

export function isQuestionCorrect(question: QuizQuestion, ticked: readonly string[]): boolean {
  const right = new Set(question.options.filter((o) => o.correct).map((o) => o.id))
  const chosen = new Set(ticked)
  if (right.size === 0 || chosen.size !== right.size) return false
  return [...chosen].every((id) => right.has(id))
}

/** Whole-percent score, rounded half up; an empty quiz scores 0. */
export function scorePercent(correctCount: number, questionCount: number): number {
  if (questionCount <= 0) return 0
  return Math.floor((correctCount * 100) / questionCount + 0.5)
}

export const isPassed = (score: number, passMark: number): boolean => score >= passMark

export function scoreQuiz(questions: readonly QuizQuestion[], answers: QuizAnswers, passMark: number): QuizResult {
  const results = questions.map((question) => ({
    questionId: question.id,
    correct: isQuestionCorrect(question, answers[question.id] ?? []),
  }))
  const correctCount = results.filter((r) => r.correct).length
  const score = scorePercent(correctCount, questions.length)
  return { score, correctCount, questionCount: questions.length, passed: isPassed(score, passMark), passMark, questions: results }
}

/** One question as the investor sees it after an attempt: right or wrong, and the explanation only after a pass. */
export type QuestionFeedback = { questionId: string; correct: boolean; explanation?: string }

export function feedbackFor(questions: readonly QuizQuestion[], result: QuizResult): QuestionFeedback[] {
  const explanations = new Map(questions.map((q) => [q.id, q.explanation ?? '']))
  return result.questions.map(({ questionId, correct }) =>
    result.passed ? { questionId, correct, explanation: explanations.get(questionId) ?? '' } : { questionId, correct },
  )
}

export type AttemptFact = { score: number; passed?: boolean | null; submittedAt: string }

/**
 * When the next attempt may be submitted: after a failed last attempt, its
 * time plus the cooldown; otherwise (no attempt yet, last one passed, no
 * cooldown) null, meaning now.
 */
export function nextAttemptAt(attempts: readonly AttemptFact[], cooldownMinutes: number): string | null {
  const last = attempts.at(-1)
  if (!last || last.passed || !(cooldownMinutes > 0)) return null
  return new Date(new Date(last.submittedAt).getTime() + cooldownMinutes * 60_000).toISOString()
}

/** Whether an attempt submitted at `now` must wait (the cooldown after a failure is not over). */
export const mustWait = (attempts: readonly AttemptFact[], cooldownMinutes: number, now: Date): boolean => {
  const next = nextAttemptAt(attempts, cooldownMinutes)
  return next !== null && now.getTime() < new Date(next).getTime()
}
