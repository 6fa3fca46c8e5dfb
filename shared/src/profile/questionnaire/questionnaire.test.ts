import { describe, expect, it } from 'vitest'
import { completion } from './completion'
import { ageAt, deriveProfile } from './deriveProfile'
import { exampleAnswers } from './exampleAnswers'
import { STEPS, stepById } from './steps'

const now = new Date('2026-11-25T10:00:00Z')
const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))

describe('step schemas', () => {
  it('has nine steps, each accepting the worked example', () => {
    expect(STEPS.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    const answers = exampleAnswers() as Record<string, unknown>
    for (const step of STEPS) expect(step.complete.safeParse(answers[step.key]).success, step.id).toBe(true)
  })

  it('says which income field is wrong, with a message key', () => {
    const income = stepById('income')!
    const result = income.complete.safeParse([
      { source: 'salary', label: 'Salaire', amountCents: 12.5, frequency: 'monthly' },
      { source: 'lottery', label: '', amountCents: -1, frequency: 'weekly' },
    ])
    expect(paths(result)).toEqual({
      '0.amountCents': 'errors.questionnaire.amount',
      '1.source': 'errors.questionnaire.choice',
      '1.label': 'errors.required',
      '1.amountCents': 'errors.questionnaire.amount',
      '1.frequency': 'errors.questionnaire.choice',
    })
    expect(paths(income.complete.safeParse([]))).toEqual({ '': 'errors.questionnaire.incomeRequired' })
  })

  it('lets a draft leave answers out but not give wrong ones', () => {
    const identity = stepById('identity')!
    expect(identity.draft.safeParse({ birthDate: '1980-05-17', maritalStatus: null }).success).toBe(true)
    expect(identity.draft.safeParse(undefined).success).toBe(true)
    expect(paths(identity.draft.safeParse({ birthDate: '1980-02-30', dependants: '2' }))).toEqual({
      birthDate: 'errors.questionnaire.date',
      dependants: 'errors.questionnaire.dependants',
    })
    expect(paths(identity.complete.safeParse({ birthDate: '1980-05-17' }))).toMatchObject({
      maritalStatus: 'errors.required',
      taxResidence: 'errors.required',
    })
  })

  it('checks knowledge answers against each other and covers every class once', () => {
    const knowledge = stepById('knowledge')!
    const rows = exampleAnswers().knowledge
    rows[3] = { ...rows[3]!, hasTraded: true, frequency: 'never' }
    expect(paths(knowledge.complete.safeParse(rows))).toEqual({ '3.frequency': 'errors.questionnaire.tradedNever' })
    expect(paths(knowledge.complete.safeParse(rows.slice(0, 9).map((row, i) => (i === 3 ? { ...row, hasTraded: false } : row))))).toEqual({
      '': 'errors.questionnaire.knowledgeAll',
    })
    expect(knowledge.draft.safeParse([{ productClass: 'crypto', knows: true }]).success).toBe(true)
  })

  it('requires adverse-impact topics once they are to be considered', () => {
    const sustainability = stepById('sustainability')!
    const value = { minTaxonomyPct: 0, minSfdrPct: 0, paiConsidered: true, paiTopics: [] }
    expect(paths(sustainability.complete.safeParse(value))).toEqual({ paiTopics: 'errors.questionnaire.paiTopics' })
    expect(sustainability.complete.safeParse({ ...value, paiConsidered: false }).success).toBe(true)
  })
})

describe('completion', () => {
  it('counts 37 required answers, all given in the example', () => {
    const result = completion(exampleAnswers())
    expect(result).toMatchObject({ answered: 37, required: 37, totalPct: 100, missing: [] })
    expect(result.steps.map((step) => step.required)).toEqual([6, 5, 1, 5, 10, 3, 3, 1, 3])
  })

  it('gives 22 % for identity plus two work answers (8 of 37)', () => {
    const { identity } = exampleAnswers()
    const result = completion({ identity, work: { profession: 'Médecin', employmentStatus: 'self-employed', employerSector: 'mars' } })
    expect(result.answered).toBe(8)
    expect(result.totalPct).toBe(22) // 100 × 8 / 37 = 21.6
    expect(result.steps[1]).toMatchObject({ id: 'work', answered: 2, required: 5, pct: 40, complete: false })
    expect(result.missing).toEqual(['work', 'income', 'expenses', 'knowledge', 'objectives', 'risk', 'capacity', 'sustainability'])
  })

  it('counts a step failing a cross-answer rule one answer short', () => {
    const answers = { ...exampleAnswers(), sustainability: { minTaxonomyPct: 0, minSfdrPct: 0, paiConsidered: true, paiTopics: [] } }
    const result = completion(answers)
    expect(result.steps[8]).toMatchObject({ answered: 2, required: 3, complete: false })
    expect(result.totalPct).toBe(97) // 36 / 37 = 97.3
  })
})

describe('deriveProfile — worked examples', () => {
  it('derives the budget and a dynamique score from the example', () => {
    // income: (12 × 3 500 € + 6 000 €) / 12 = 4 000 €
    // expenses: (12 × (900 + 300 + 1 200 + 50) + 3 000 + 0) / 12 = 2 700 €
    // risk: horizon 6 → 6, hold → 4, balanced → 4, comfort 3 → 2 = 16 → 5; knows funds, not traded: cap 5
    expect(deriveProfile(exampleAnswers(), now)).toEqual({
      completionPct: 100,
      riskScore: 5,
      riskLabel: 'dynamique',
      warnings: [],
      monthlyIncomeCents: 400_000,
      monthlyExpensesCents: 270_000,
      savingsCapacityCents: 130_000,
    })
  })

  it('warns about a dynamic appetite with a horizon under 2 years (art. 54(7))', () => {
    const answers = exampleAnswers()
    answers.objectives.horizonYears = 1
    answers.riskTolerance = { lossReaction: 'buy-more', tradeOff: 'growth', volatilityComfort: 4 }
    answers.knowledge[3] = { ...answers.knowledge[3]!, knows: true, hasTraded: true, frequency: 'regularly' }
    // 2 + 6 + 6 + 3 = 17 → 5, equities traded: no knowledge cap
    const derived = deriveProfile(answers, now)
    expect(derived).toMatchObject({ riskScore: 5, riskLabel: 'dynamique' })
    expect(derived.warnings).toEqual([{ code: 'tolerance_vs_horizon', toleranceScore: 5, horizonYears: 1 }])
  })

  it('has no score until the risk answers exist, and flags spending above income', () => {
    const derived = deriveProfile(
      { income: [{ source: 'pension', label: 'Retraite', amountCents: 120_000, frequency: 'monthly' }], expenses: { housingCents: 150_000, ifiCents: 'x' } },
      now,
    )
    expect(derived).toEqual({
      completionPct: 5, // 2 of 37 (the income list, housing) = 5.4
      riskScore: null,
      riskLabel: null,
      warnings: [{ code: 'negative_savings', savingsCapacityCents: -30_000 }],
      monthlyIncomeCents: 120_000,
      monthlyExpensesCents: 150_000,
      savingsCapacityCents: -30_000,
    })
  })

  it('flags a minor and a high liquidity need with a long horizon', () => {
    const answers = exampleAnswers()
    answers.identity.birthDate = '2008-11-26'
    answers.objectives.liquidityNeed = 'high'
    const codes = deriveProfile(answers, now).warnings.map((warning) => warning.code)
    expect(codes).toEqual(['minor', 'liquidity_vs_horizon'])
    expect(ageAt('2008-11-26', now)).toBe(17)
    expect(ageAt('2008-11-25', now)).toBe(18)
  })

  it('counts the age on the Paris calendar: an 18th birthday begins at 23:00 UTC the day before (winter, UTC+1)', () => {
    // Born 2008-11-26. 2026-11-25T23:30Z is 00:30 on 26 November 2026 in Paris: 18 years old, no longer a minor,
    // while the UTC calendar still says 25 November (17). One hour earlier (22:30Z = 23:30 on the 25th in Paris): 17.
    const answers = exampleAnswers()
    answers.identity.birthDate = '2008-11-26'
    const birthdayInParis = new Date('2026-11-25T23:30:00Z')
    expect(ageAt('2008-11-26', birthdayInParis)).toBe(18)
    expect(deriveProfile(answers, birthdayInParis).warnings.map((w) => w.code)).not.toContain('minor')
    const eveInParis = new Date('2026-11-25T22:30:00Z')
    expect(ageAt('2008-11-26', eveInParis)).toBe(17)
    expect(deriveProfile(answers, eveInParis).warnings).toContainEqual({ code: 'minor', age: 17 })
  })
})

describe('draft schemas', () => {
  it('read an empty text or an empty choice list as not answered yet', () => {
    expect(stepById('objectives')!.draft.safeParse({ purposes: [], horizonYears: null, goals: [] }).success).toBe(true)
    expect(stepById('work')!.draft.safeParse({ profession: '' }).success).toBe(true)
    expect(stepById('objectives')!.complete.safeParse({ purposes: [], horizonYears: 5, liquidityNeed: 'low', goals: [] }).success).toBe(false)
  })
})
