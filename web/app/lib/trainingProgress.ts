import { earnedBadges, levelFor, type Badge, type Level } from '@atlas/shared/training'
import type { CourseView, EnrollmentView, LessonView } from './trainingTypes'

/*
 * What the investor has done, derived from their enrollments with the shared
 * rules. Points come from the cms (computed there); badges and level are
 * derived here from the same facts, never stored from a client.
 */

export type CourseStatus = 'notStarted' | 'inProgress' | 'completed'
export type CourseProgress = { status: CourseStatus; done: number; total: number; doneIds: string[]; next: LessonView | null }

export const courseIdOf = (enrollment: EnrollmentView): number =>
  typeof enrollment.course === 'object' ? enrollment.course.id : enrollment.course

const isLessonDone = (lesson: LessonView, enrollment: EnrollmentView | undefined): boolean =>
  lesson.blockType === 'quiz'
    ? Boolean(enrollment?.quizBest?.some((best) => best.lessonId === lesson.id && best.passed))
    : Boolean(enrollment?.lessonsDone?.some((done) => done.lessonId === lesson.id))

export function courseProgress(course: CourseView, enrollment: EnrollmentView | undefined): CourseProgress {
  const lessons = course.lessons ?? []
  const doneIds = lessons.filter((lesson) => isLessonDone(lesson, enrollment)).map((lesson) => lesson.id)
  const status: CourseStatus = enrollment?.completedAt
    ? 'completed'
    : enrollment && (doneIds.length > 0 || (enrollment.quizAttempts?.length ?? 0) > 0)
      ? 'inProgress'
      : 'notStarted'
  return {
    status,
    done: doneIds.length,
    total: lessons.length,
    doneIds,
    next: lessons.find((lesson) => !doneIds.includes(lesson.id)) ?? null,
  }
}

export type TrainingSummary = { points: number; level: Level; badges: Badge[]; completedCourses: number }

export function trainingSummary(enrollments: readonly EnrollmentView[]): TrainingSummary {
  const points = enrollments.reduce((sum, e) => sum + (e.points ?? 0), 0)
  const completedCourses = enrollments.filter((e) => e.completedAt).length
  const activity = enrollments.flatMap((e) => [
    ...(e.lessonsDone ?? []).map((d) => new Date(d.doneAt)),
    ...(e.quizAttempts ?? []).map((a) => new Date(a.submittedAt)),
  ])
  const quizBestScores = enrollments.flatMap((e) => (e.quizBest ?? []).map((b) => b.bestScore))
  return { points, level: levelFor(points), badges: earnedBadges({ completedCourses, quizBestScores, activity }), completedCourses }
}
