import type { Payload } from 'payload'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { TEST_PASSWORD, uniqueEmail } from '../../tests/support/accounts'
import { makeCourse, quizOf } from '../../tests/support/courses'

/**
 * The rapport d'adéquation's hand-worked client (the same figures as
 * shared/src/documents/suitability/assessSuitability.test.ts): a dynamique (5)
 * investor, 6-year horizon, HIGH liquidity need (so the profile's own warning
 * "liquidity_vs_horizon" applies), capacity for loss 30 % of a 200 000 € net
 * worth; ETF quiz passed at the 2nd attempt, equities quiz failed.
 */
export const PRODUCTS = [
  { name: 'Fonds euros Sérénité', productClass: 'euro-funds', wrapper: 'life-insurance', amountCents: 4_000_000, sri: 1, recommendedHorizonYears: 4, sfdr: '6', taxonomyPct: 0 },
  { name: 'ETF Monde', isin: 'IE00B4L5Y983', productClass: 'funds-etf', wrapper: 'pea', amountCents: 3_000_000, sri: 4, recommendedHorizonYears: 5, sfdr: '8', taxonomyPct: 5 },
  { name: 'SCPI Rendement', productClass: 'scpi', wrapper: 'life-insurance', amountCents: 2_000_000, sri: 3, recommendedHorizonYears: 8, sfdr: '8', taxonomyPct: 20 },
  { name: 'Actions Croissance', isin: 'FR0000120271', productClass: 'equities', wrapper: 'securities-account', amountCents: 1_000_000, sri: 6, recommendedHorizonYears: 5, sfdr: '9', taxonomyPct: 30 },
]

export const rationale = (text: string) => ({
  root: {
    type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
    children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '',
      children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})

export async function staff(payload: Payload, role: 'advisor' | 'admin') {
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: { email: uniqueEmail(role), password: TEST_PASSWORD, name: role === 'advisor' ? 'Paul Conseil' : 'Admin', role, acceptTerms: true, _verified: true, acceptsNewClients: false } as never,
  })
}

/** An investor of `advisorId` with a validated profile (or only submitted), a 200 000 € patrimony and quiz evidence. */
export async function adequationClient(payload: Payload, advisorId: number, status: 'validated' | 'submitted' = 'validated') {
  const investor = await payload.create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: { email: uniqueEmail('adequation'), password: TEST_PASSWORD, name: 'Camille Durand', role: 'investor', advisor: advisorId, acceptTerms: true, _verified: true } as never,
  })
  const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: investor.id } } })).docs[0]!
  const answers = exampleAnswers()
  answers.objectives.liquidityNeed = 'high'
  await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: { ...answers, status: 'submitted' } as never })
  if (status === 'validated') await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: { status: 'validated' } as never })
  for (const [category, valueCents] of [['current-account', 5_000_000], ['securities-account', 15_000_000]] as const) {
    await payload.create({ collection: 'assets', overrideAccess: true, data: { owner: investor.id, kind: 'asset', category, label: category, valueCents } })
  }
  // Equities: one failed attempt (enrollments); funds/ETF: passed at the 2nd attempt (knowledge-evidence).
  const equities = await makeCourse({ title: 'Les actions' })
  await payload.create({
    collection: 'enrollments',
    overrideAccess: true,
    data: { owner: investor.id, course: equities.id, quizAttempts: [{ lessonId: quizOf(equities).id, score: 45, passed: false, submittedAt: '2026-04-01T09:00:00.000Z' }] } as never,
  })
  await payload.create({
    collection: 'knowledge-evidence',
    overrideAccess: true,
    data: { owner: investor.id, productClass: 'funds-etf', quizTitle: 'Les ETF', course: equities.id, lessonId: 'quiz', score: 80, passMark: 70, attempt: 2, passedAt: '2026-03-10T09:00:00.000Z' },
  })
  return investor
}

export async function finalRecommendation(payload: Payload, investorId: number, advisorId: number, title = 'Allocation retraite 2027') {
  const advisor = await payload.findByID({ collection: 'users', id: advisorId, overrideAccess: true, depth: 0 })
  return payload.create({
    collection: 'recommendations',
    overrideAccess: true,
    user: { ...advisor, collection: 'users' } as never,
    data: {
      investor: investorId,
      title,
      status: 'final',
      targetAllocation: [
        { assetClass: 'euro-funds', pct: 40 },
        { assetClass: 'funds-etf', pct: 30 },
        { assetClass: 'scpi', pct: 20 },
        { assetClass: 'equities', pct: 10 },
      ],
      products: PRODUCTS,
      rationale: rationale('Une poche sécurisée en fonds euros, complétée par des ETF diversifiés pour la croissance.'),
    } as never,
  })
}
