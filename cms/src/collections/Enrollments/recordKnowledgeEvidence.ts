import { isProductClass } from '@atlas/shared/profile'
import type { PayloadRequest } from 'payload'
import type { StoredCourse, StoredLesson } from './courseLessons'

type Pass = { owner: number; course: StoredCourse; lesson: StoredLesson; score: number; passMark: number; at: string; attempt: number }

/**
 * A passed quiz of a course tagged with a product class is evidence that the
 * investor knows that class. One row per investor × quiz: the FIRST pass, with
 * its attempt number, time and score. Later retakes (after a pass has shown
 * the explanations) are practice: recorded as attempts on the enrollment,
 * they never improve the evidence. Returns whether evidence exists.
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
  if (existing.docs[0]) return true
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
      attempt: pass.attempt,
    },
  })
  return true
}
