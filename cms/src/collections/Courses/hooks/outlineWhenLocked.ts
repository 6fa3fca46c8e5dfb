import type { CollectionAfterReadHook } from 'payload'
import { readerEntitlements } from '../../../billing/entitlements'

type Lesson = { id?: string; blockType: string; title?: string; slug?: string; durationMinutes?: number | null; questions?: unknown[] }

/**
 * Readers who may not follow a course get its outline only: each lesson's
 * kind, title, slug, duration and question count, marked `locked`, never its
 * content. Locked are: any course but a "free preview" for visitors (no
 * account), and a premium course for readers whose plan does not include
 * premium courses (docs/decisions/036-entitlements.md; the content fields'
 * own read access already withholds it, this keeps the outline's shape).
 * Signed-in readers of other courses are unaffected (correct answers and
 * explanations are hidden from non-authors by field access). Trusted server
 * code (Local API) sees all.
 */
export const outlineWhenLocked: CollectionAfterReadHook = async ({ doc, req }) => {
  if (req.payloadAPI === 'local' || !doc) return doc
  const premiumLocked = doc.premium === true && !(await readerEntitlements(req)).entitlements.premiumCourses
  if (!premiumLocked && (req.user || doc.freePreview)) return doc
  const lessons = Array.isArray(doc.lessons) ? (doc.lessons as Lesson[]) : []
  return {
    ...doc,
    lessons: lessons.map(({ id, blockType, title, slug, durationMinutes, questions }) => ({
      id,
      blockType,
      title,
      slug,
      ...(durationMinutes != null ? { durationMinutes } : {}),
      ...(Array.isArray(questions) ? { questionCount: questions.length } : {}),
      locked: true,
    })),
  }
}
