import type { Payload, PayloadRequest } from 'payload'
import { netWorth } from '@atlas/shared/finance'
import { holdingsOf, type AssetDoc } from '@atlas/shared/patrimony'
import { isProductClass, type KnowledgeAnswers } from '@atlas/shared/profile/productClasses'
import type { RiskScoreValue } from '@atlas/shared/profile/riskScore'
import { deriveProfile } from '@atlas/shared/profile/questionnaire'
import type { Enrollment, Profile, Recommendation, User } from '@atlas/shared/payload-types'
import {
  assessSuitability,
  type ProfileFacts,
  type QuizEvidence,
  type Suitability,
} from '@atlas/shared/documents/suitability/assessSuitability'
import type { RecommendationFacts } from '@atlas/shared/documents/suitability/recommendation'

/** Everything the rapport d'adéquation prints: the validated profile, the latest final recommendation, the quiz evidence, the fit. */
export type AdequationInput = {
  profile: Profile
  facts: ProfileFacts
  recommendation: Recommendation
  recommendationFacts: RecommendationFacts
  evidence: QuizEvidence[]
  suitability: Suitability
  finalisedByName: string | null
}

export type AdequationRefusal = { messageKey: 'documents.adequation.profileNotValidated' | 'documents.adequation.noRecommendation' }

const trusted = (req?: PayloadRequest) => ({ overrideAccess: true, depth: 0, req }) as const
const objectAt = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {})
const idOf = (value: unknown): number | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

/** The investor's profile, or null. */
export async function profileOf(payload: Payload, investorId: number, req?: PayloadRequest): Promise<Profile | null> {
  const found = await payload.find({ collection: 'profiles', where: { owner: { equals: investorId } }, limit: 1, ...trusted(req) })
  return (found.docs[0] as Profile | undefined) ?? null
}

/** The investor's latest final recommendation (by finalisation time), or null. */
export async function latestFinalRecommendation(payload: Payload, investorId: number, req?: PayloadRequest): Promise<Recommendation | null> {
  const found = await payload.find({
    collection: 'recommendations',
    where: { and: [{ investor: { equals: investorId } }, { status: { equals: 'final' } }] },
    sort: ['-finalisedAt', '-id'],
    limit: 1,
    ...trusted(req),
  })
  return (found.docs[0] as Recommendation | undefined) ?? null
}

/** The reason a report cannot be made now (profile not validated, no final recommendation), or null. */
export async function adequationRefusal(payload: Payload, investorId: number, req?: PayloadRequest): Promise<AdequationRefusal | null> {
  const profile = await profileOf(payload, investorId, req)
  if (profile?.status !== 'validated') return { messageKey: 'documents.adequation.profileNotValidated' }
  if (!(await latestFinalRecommendation(payload, investorId, req))) return { messageKey: 'documents.adequation.noRecommendation' }
  return null
}

/** Passes (knowledge-evidence, with their attempt number) and failed attempts (enrollments) per product class of the quiz's course. */
export async function quizEvidenceOf(payload: Payload, investorId: number, req?: PayloadRequest): Promise<QuizEvidence[]> {
  const [passes, enrollments] = await Promise.all([
    payload.find({ collection: 'knowledge-evidence', where: { owner: { equals: investorId } }, limit: 200, sort: '-passedAt', ...trusted(req) }),
    payload.find({ collection: 'enrollments', where: { owner: { equals: investorId } }, limit: 200, ...trusted(req) }) as unknown as Promise<{ docs: Enrollment[] }>,
  ])
  const passed: QuizEvidence[] = passes.docs.flatMap((doc) =>
    isProductClass(doc.productClass)
      ? [{ productClass: doc.productClass, outcome: 'passed' as const, at: String(doc.passedAt), score: doc.score, attempt: doc.attempt ?? null, quizTitle: doc.quizTitle }]
      : [],
  )
  const courseIds = [...new Set(enrollments.docs.filter((e) => (e.quizAttempts ?? []).some((a) => !a.passed)).map((e) => idOf(e.course)).filter((id): id is number => id !== null))]
  if (courseIds.length === 0) return passed
  const courses = await payload.find({ collection: 'courses', where: { id: { in: courseIds } }, select: { productClass: true }, limit: courseIds.length, ...trusted(req) })
  const classOf = new Map(courses.docs.map((course) => [course.id, (course as { productClass?: unknown }).productClass]))
  const failed = enrollments.docs.flatMap((enrollment) => {
    const productClass = classOf.get(idOf(enrollment.course) ?? -1)
    if (!isProductClass(productClass)) return []
    const count = new Map<string, number>()
    return (enrollment.quizAttempts ?? []).flatMap((attempt) => {
      const number = (count.get(attempt.lessonId) ?? 0) + 1
      count.set(attempt.lessonId, number)
      return attempt.passed ? [] : [{ productClass, outcome: 'failed' as const, at: attempt.submittedAt, score: attempt.score, attempt: number }]
    })
  })
  return [...passed, ...failed]
}

/** The profile's answers as the fit analysis reads them (stored derived risk score; warnings re-derived at `now`). */
export function profileFacts(profile: Profile, wealthCents: number, now: Date): ProfileFacts {
  const answers = profile as unknown as Record<string, unknown>
  const objectives = objectAt(answers.objectives)
  const sustainability = objectAt(answers.sustainability)
  const knowledge: KnowledgeAnswers = {}
  for (const row of Array.isArray(answers.knowledge) ? (answers.knowledge as Record<string, unknown>[]) : []) {
    if (isProductClass(row.productClass)) knowledge[row.productClass] = { knows: row.knows === true, hasTraded: row.hasTraded === true }
  }
  const need = objectives.liquidityNeed
  return {
    purposes: Array.isArray(objectives.purposes) ? (objectives.purposes as string[]) : [],
    horizonYears: typeof objectives.horizonYears === 'number' ? objectives.horizonYears : 0,
    liquidityNeed: need === 'none' || need === 'low' || need === 'medium' || need === 'high' ? need : 'medium',
    riskScore: (profile.riskScore ?? 1) as RiskScoreValue,
    capacityForLossPct: typeof objectAt(answers.capacity).lossPct === 'number' ? (objectAt(answers.capacity).lossPct as number) : 0,
    wealthCents,
    knowledge,
    sustainability: {
      minTaxonomyPct: typeof sustainability.minTaxonomyPct === 'number' ? sustainability.minTaxonomyPct : 0,
      minSfdrPct: typeof sustainability.minSfdrPct === 'number' ? sustainability.minSfdrPct : 0,
      paiConsidered: sustainability.paiConsidered === true,
      paiTopics: Array.isArray(sustainability.paiTopics) ? (sustainability.paiTopics as string[]) : [],
    },
    warnings: deriveProfile(answers, now).warnings,
  }
}

export const recommendationFacts = (recommendation: Recommendation): RecommendationFacts => ({
  targetAllocation: (recommendation.targetAllocation ?? []).map(({ assetClass, pct }) => ({ assetClass, pct })),
  products: (recommendation.products ?? []).map((p) => ({
    name: p.name,
    isin: p.isin ?? null,
    productClass: p.productClass,
    wrapper: p.wrapper,
    amountCents: p.amountCents,
    sri: p.sri as RecommendationFacts['products'][number]['sri'],
    recommendedHorizonYears: p.recommendedHorizonYears,
    sfdr: p.sfdr,
    taxonomyPct: p.taxonomyPct,
  })),
})

/**
 * Reads what the report is made of (server side, overrideAccess): the profile
 * MUST be validated, the latest FINAL recommendation, the quiz evidence, the
 * recorded net worth (the base of the capacity for loss in euros). Refuses
 * like the preflight when either is missing (the job may run after a change).
 */
export async function loadAdequationInput(payload: Payload, investorId: number, req: PayloadRequest | undefined, now: Date): Promise<AdequationInput | AdequationRefusal> {
  const [profile, recommendation] = await Promise.all([profileOf(payload, investorId, req), latestFinalRecommendation(payload, investorId, req)])
  if (profile?.status !== 'validated') return { messageKey: 'documents.adequation.profileNotValidated' }
  if (!recommendation) return { messageKey: 'documents.adequation.noRecommendation' }
  const [assets, evidence] = await Promise.all([
    payload.find({ collection: 'assets', where: { owner: { equals: investorId } }, limit: 1000, pagination: false, ...trusted(req) }),
    quizEvidenceOf(payload, investorId, req),
  ])
  const wealthCents = Math.max(0, netWorth(holdingsOf(assets.docs as unknown as AssetDoc[])).netWorthCents)
  const facts = profileFacts(profile, wealthCents, now)
  const recFacts = recommendationFacts(recommendation)
  const finaliserId = idOf(recommendation.finalisedBy)
  const finaliser = finaliserId
    ? ((await payload.findByID({ collection: 'users', id: finaliserId, disableErrors: true, select: { name: true, email: true }, ...trusted(req) })) as Pick<User, 'name' | 'email'> | null)
    : null
  return {
    profile,
    facts,
    recommendation,
    recommendationFacts: recFacts,
    evidence,
    suitability: assessSuitability(facts, recFacts, evidence),
    finalisedByName: finaliser ? (finaliser.name ?? finaliser.email) : null,
  }
}
