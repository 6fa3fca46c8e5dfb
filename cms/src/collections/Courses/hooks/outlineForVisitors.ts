import type { CollectionAfterReadHook } from 'payload'

type Lesson = { id?: string; blockType: string; title?: string; slug?: string; durationMinutes?: number | null; questions?: unknown[] }

/**
 * Visitors (no account) read a course marked "free preview" in full; of any
 * other course they get the outline only: each lesson's kind, title, slug,
 * duration and question count, never its content. Signed-in readers are
 * unaffected (correct answers and explanations are already hidden from
 * non-authors by field access). Trusted server code (Local API) sees all.
 */
export const outlineForVisitors: CollectionAfterReadHook = ({ doc, req }) => {
  if (req.user || req.payloadAPI === 'local' || doc?.freePreview) return doc
  const lessons = Array.isArray(doc?.lessons) ? (doc.lessons as Lesson[]) : []
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
