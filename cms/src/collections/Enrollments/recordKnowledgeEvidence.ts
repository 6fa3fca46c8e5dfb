import { isProductClass } from '@atlas/shared/profile'
import type { PayloadRequest } from 'payload'
import type { StoredCourse, StoredLesson } from './courseLessons'

type Pass = { owner: number; course: StoredCourse; lesson: StoredLesson; score: number; passMark: number; at: string }

/**
 * A passed quiz of a course tagged with a product class is evidence that the
 * investor knows that class. One row per investor × quiz, keeping the best
 * score; returns whether evidence exists for this pass.
 */
export async function recordKnowledgeEvidence(req: PayloadRequest, pass: Pass): Promise<boolean> {
  const productClass = pass.course.productClass
  if (!isProductClass(productClass)) return false
  const existing = await req.payload.find({
    collection: 'knowledge-evidence',
    where: { and: [{ owner: { equals: pass.owner } }, { course: { equals: pass.course.id } }, { lessonId: { equals: pass.lesson.id } }] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    req,
  })
  const previous = existing.docs[0] as { id: number; score: number } | undefined
  if (previous) {
    if (pass.score > previous.score) {
      await req.payload.update({ collection: 'knowledge-evidence', id: previous.id, data: { score: pass.score, passedAt: pass.at }, overrideAccess: true, req })
    }
    return true
  }
  await req.payload.create({
    collection: 'knowledge-evidence',
    overrideAccess: true,
    req,
    data: {
      owner: pass.owner,
      productClass,
      course: pass.course.id,
      lessonId: pass.lesson.id,
      quizTitle: `${pass.course.title} — ${pass.lesson.title}`,
      score: pass.score,
      passMark: pass.passMark,
      passedAt: pass.at,
    },
  })
  return true
}
