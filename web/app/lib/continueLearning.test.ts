import { describe, expect, it } from 'vitest'
import { continueLearning } from './continueLearning'
import type { CourseView, EnrollmentView } from './trainingTypes'

const lesson = (slug: string, blockType: 'text' | 'quiz' = 'text') => ({ id: `id-${slug}`, slug, title: `Leçon ${slug}`, blockType })
const course = (id: number, slugs: string[]): CourseView => ({
  id, title: `Cours ${id}`, slug: `cours-${id}`, level: 'beginner', lessons: slugs.map((slug) => lesson(slug)),
})
const enrolled = (courseId: number, done: string[]): EnrollmentView => ({
  id: courseId * 10, course: courseId, lessonsDone: done.map((slug) => ({ lessonId: `id-${slug}`, doneAt: '2026-11-20T10:00:00Z' })),
})

describe('continueLearning', () => {
  it('points at the next lesson of the first enrollment still open', () => {
    const resume = continueLearning([enrolled(2, ['a']), enrolled(1, [])], [course(1, ['x']), course(2, ['a', 'b', 'c'])])
    expect(resume).toEqual({ courseTitle: 'Cours 2', href: '/formation/cours-2/b', lessonTitle: 'Leçon b', done: 1, total: 3 })
  })

  it('skips a course whose lessons are all done and one the reader cannot see', () => {
    const resume = continueLearning([enrolled(3, []), enrolled(2, ['a', 'b']), enrolled(1, [])], [course(1, ['x']), course(2, ['a', 'b'])])
    expect(resume?.href).toBe('/formation/cours-1/x')
  })

  it('is null with no enrollment', () => {
    expect(continueLearning([], [course(1, ['x'])])).toBeNull()
  })
})
