/**
 * Badges, decided from facts only. Days are Europe/Paris calendar days: an
 * activity at 23:30 UTC in winter belongs to the next Paris day.
 */
export const BADGES = ['first-course', 'five-courses', 'perfect-quiz', 'streak-7'] as const
export type Badge = (typeof BADGES)[number]

export const STREAK_DAYS = 7

export type TrainingFacts = {
  completedCourses: number
  /** Best score of every quiz attempted, any course. */
  quizBestScores: readonly number[]
  /** Instants of every lesson done and quiz submitted. */
  activity: readonly Date[]
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** `'YYYY-MM-DD'` of the instant in Paris. */
export const parisDay = (instant: Date): string => PARIS_DAY.format(instant)

const dayNumber = (day: string): number => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000

/** The longest run of consecutive Paris days with at least one activity. */
export function longestStreak(activity: readonly Date[]): number {
  const days = [...new Set(activity.map(parisDay))].map(dayNumber).sort((a, b) => a - b)
  let best = 0
  let run = 0
  days.forEach((day, i) => {
    run = i > 0 && day === days[i - 1]! + 1 ? run + 1 : 1
    best = Math.max(best, run)
  })
  return best
}

export function earnedBadges(facts: TrainingFacts): Badge[] {
  const earned: Badge[] = []
  if (facts.completedCourses >= 1) earned.push('first-course')
  if (facts.completedCourses >= 5) earned.push('five-courses')
  if (facts.quizBestScores.some((score) => score === 100)) earned.push('perfect-quiz')
  if (longestStreak(facts.activity) >= STREAK_DAYS) earned.push('streak-7')
  return earned
}
