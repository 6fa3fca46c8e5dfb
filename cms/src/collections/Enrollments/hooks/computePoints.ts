import { coursePoints } from '@atlas/shared/training'
import type { CollectionBeforeChangeHook } from 'payload'

/** Points are never taken from the request: recomputed from lessons done and best quiz scores. */
export const computePoints: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const lessonsDone = (data.lessonsDone ?? originalDoc?.lessonsDone ?? []) as unknown[]
  const quizBest = (data.quizBest ?? originalDoc?.quizBest ?? []) as { bestScore: number; passed?: boolean | null }[]
  data.points = coursePoints(
    lessonsDone.length,
    quizBest.map((quiz) => ({ bestScore: quiz.bestScore, passed: quiz.passed === true })),
  )
  return data
}
