/**
 * Points and levels. Points are derived from what the investor did, never
 * stored from a client: each lesson marked done is worth LESSON_POINTS, each
 * quiz passed (once, however many retries) QUIZ_PASS_POINTS, plus
 * PERFECT_QUIZ_BONUS when its best score is 100 %.
 */
export const LESSON_POINTS = 10
export const QUIZ_PASS_POINTS = 50
export const PERFECT_QUIZ_BONUS = 25

export type QuizBest = { bestScore: number; passed: boolean }

export function coursePoints(lessonsDone: number, quizzes: readonly QuizBest[]): number {
  const quizPoints = quizzes.reduce(
    (sum, quiz) => sum + (quiz.passed ? QUIZ_PASS_POINTS + (quiz.bestScore === 100 ? PERFECT_QUIZ_BONUS : 0) : 0),
    0,
  )
  return lessonsDone * LESSON_POINTS + quizPoints
}

/** Level thresholds (minimum points), level 1 first. */
export const LEVEL_THRESHOLDS = [0, 100, 250, 500, 1000] as const
export const LEVEL_KEYS = ['discovery', 'initiated', 'informed', 'confirmed', 'expert'] as const
export type LevelKey = (typeof LEVEL_KEYS)[number]

export type Level = { level: number; key: LevelKey; points: number; nextAt: number | null }

export function levelFor(points: number): Level {
  let index = 0
  LEVEL_THRESHOLDS.forEach((min, i) => {
    if (points >= min) index = i
  })
  return {
    level: index + 1,
    key: LEVEL_KEYS[index]!,
    points,
    nextAt: index + 1 < LEVEL_THRESHOLDS.length ? LEVEL_THRESHOLDS[index + 1]! : null,
  }
}
