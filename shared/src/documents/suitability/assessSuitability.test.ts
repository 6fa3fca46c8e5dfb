import { describe, expect, it } from 'vitest'
import { assessSuitability, plausibleLossCents, type Check, type CheckId, type ProfileFacts, type QuizEvidence } from './assessSuitability'
import { allocationProblem, type RecommendedProduct } from './recommendation'
import { isValidIsin, normaliseIsin } from './isin'
import { suitabilityMessage } from './suitabilityText'

/** The client of the hand-worked case: a dynamique (5) saver, 6-year horizon, capacity for loss 30 % of 200 000 €. */
const profile = (over: Partial<ProfileFacts> = {}): ProfileFacts => ({
  purposes: ['retirement', 'grow-capital'],
  horizonYears: 6,
  liquidityNeed: 'low',
  riskScore: 5,
  capacityForLossPct: 30,
  wealthCents: 20_000_000,
  knowledge: { 'euro-funds': { knows: true, hasTraded: true }, 'funds-etf': { knows: true, hasTraded: false } },
  sustainability: { minTaxonomyPct: 10, minSfdrPct: 20, paiConsidered: true, paiTopics: ['ghg-emissions'] },
  warnings: [],
  ...over,
})

const product = (over: Partial<RecommendedProduct> & Pick<RecommendedProduct, 'name'>): RecommendedProduct => ({
  productClass: 'funds-etf',
  wrapper: 'pea',
  amountCents: 1_000_000,
  sri: 4,
  recommendedHorizonYears: 5,
  sfdr: '8',
  taxonomyPct: 0,
  ...over,
})

/** 100 000 € in four products: 40 000 € euro fund (SRI 1), 30 000 € ETF (4), 20 000 € SCPI (3), 10 000 € equities (6). */
const products: RecommendedProduct[] = [
  product({ name: 'Fonds euros Sérénité', productClass: 'euro-funds', wrapper: 'life-insurance', amountCents: 4_000_000, sri: 1, recommendedHorizonYears: 4, sfdr: '6', taxonomyPct: 0 }),
  product({ name: 'ETF Monde', productClass: 'funds-etf', wrapper: 'pea', amountCents: 3_000_000, sri: 4, recommendedHorizonYears: 5, sfdr: '8', taxonomyPct: 5 }),
  product({ name: 'SCPI Rendement', productClass: 'scpi', wrapper: 'life-insurance', amountCents: 2_000_000, sri: 3, recommendedHorizonYears: 8, sfdr: '8', taxonomyPct: 20 }),
  product({ name: 'Actions Croissance', productClass: 'equities', wrapper: 'securities-account', amountCents: 1_000_000, sri: 6, recommendedHorizonYears: 5, sfdr: '9', taxonomyPct: 30 }),
]
const evidence: QuizEvidence[] = [
  { productClass: 'funds-etf', outcome: 'failed', at: '2026-03-01T09:00:00.000Z', score: 40, attempt: 1 },
  { productClass: 'funds-etf', outcome: 'passed', at: '2026-03-10T09:00:00.000Z', score: 80, attempt: 2 },
  { productClass: 'equities', outcome: 'failed', at: '2026-04-01T09:00:00.000Z', score: 45, attempt: 1 },
]

const byId = (checks: Check[], id: CheckId) => checks.find((c) => c.id === id)!
const fr = (check: { messageKey: string; params: Check['params'] }) => suitabilityMessage(check.messageKey, check.params, 'fr').replace(/[\u00a0\u202f]/g, ' ')
const result = assessSuitability(profile(), { targetAllocation: [], products }, evidence)

describe('assessSuitability — the hand-worked case (100 000 € in four products)', () => {
  it('weights the SRI by amount: (40 000×1 + 30 000×4 + 20 000×3 + 10 000×6) ÷ 100 000 = 2,8, and flags the SRI 6 product above the score 5', () => {
    const risk = byId(result.checks, 'risk')
    expect(risk.params.weighted).toEqual({ num: 2.8 })
    expect(risk.status).toBe('caution')
    expect(risk.lines.map(fr)).toEqual(['Actions Croissance : SRI 6, au-dessus de votre score de risque (5).'])
    expect(fr(risk)).toBe('SRI moyen pondéré par les montants : 2,8 / 7, pour votre score de risque de 5 / 7 (dynamique).')
  })

  it('counts the plausible loss at the top of each SRI band against the capacity in % and in €', () => {
    // 40 000 × 1 % = 400 ; 30 000 × 20 % = 6 000 ; 20 000 × 12 % = 2 400 ; 10 000 × 50 % = 5 000 → 13 800 €
    // = 6,9 % of 200 000 € ; capacity 30 % × 200 000 = 60 000 € ; 13 800 ≤ ¾ × 60 000 = 45 000 → ok.
    const capacity = byId(result.checks, 'capacity')
    expect(capacity.status).toBe('ok')
    expect(capacity.params).toMatchObject({ loss: { eur: 1_380_000 }, lossPct: { pct: 6.9 }, capacity: { eur: 6_000_000 }, wealth: { eur: 20_000_000 } })
    expect(fr(capacity)).toBe(
      'Perte plausible sur une année défavorable : 13 800,00 €, soit 6,9 % d’un patrimoine de 200 000,00 €, pour une capacité de perte déclarée de 30 %, soit 60 000,00 €.',
    )
    expect(fr(capacity.lines[3]!)).toBe('Actions Croissance : SRI 6, perte plausible de 30 % à 50 %, soit jusqu’à 5 000,00 €.')
  })

  it('weights sustainability by amount: taxonomy 8,5 % below the 10 % wished (mismatch), SFDR 8/9 share 60 % ≥ 20 %, PAI wished but an art. 6 product', () => {
    // (40 000×0 + 30 000×5 + 20 000×20 + 10 000×30) ÷ 100 000 = 8,5 % ; art. 8/9: 30 000 + 20 000 + 10 000 = 60 %.
    const sustainability = byId(result.checks, 'sustainability')
    expect(sustainability.status).toBe('mismatch')
    expect(sustainability.lines.map((l) => [l.status, fr(l)])).toEqual([
      ['mismatch', 'Alignement taxonomie : 8,5 %, pour un minimum souhaité de 10 %.'],
      ['ok', 'Part en produits SFDR article 8 ou 9 : 60 %, pour un minimum souhaité de 20 %.'],
      ['caution', 'Vous souhaitez la prise en compte des principales incidences négatives (Émissions de gaz à effet de serre), mais Fonds euros Sérénité relève de l’article 6 SFDR.'],
    ])
  })

  it('reads knowledge per class recommended, declared against the quiz: passed at the 2nd attempt, failed, declared only, nothing', () => {
    const knowledge = byId(result.checks, 'knowledge')
    expect(knowledge.status).toBe('mismatch')
    expect(knowledge.params).toEqual({ classes: 4, proven: 1 })
    expect(knowledge.lines.map((l) => [l.status, fr(l)])).toEqual([
      ['caution', 'Fonds en euros : expérience déclarée, aucun quiz pour la confirmer.'],
      ['mismatch', 'Actions : ni connaissance déclarée, ni quiz réussi (échec le 1 avril 2026, score 45 %).'],
      ['ok', 'OPCVM et ETF : a déclaré connaître ; quiz réussi le 10 mars 2026 (score 80 %, tentative n° 2).'],
      ['mismatch', 'SCPI : ni connaissance déclarée, ni quiz réussi.'],
    ])
  })

  it('finds the SCPI’s 8 years beyond the 6-year horizon, and every product serving a stated purpose', () => {
    const horizon = byId(result.checks, 'horizon')
    expect(horizon.status).toBe('mismatch')
    expect(horizon.lines.filter((l) => l.status === 'mismatch').map(fr)).toEqual(['SCPI Rendement : durée recommandée 8 ans, au-delà de votre horizon de 6 ans.'])
    const objectives = byId(result.checks, 'objectives')
    expect(objectives.status).toBe('ok')
    expect(fr(objectives.lines[0]!)).toBe('Fonds euros Sérénité : répond à « Faire fructifier un capital, Préparer la retraite ».')
    expect(objectives.params.servingPct).toEqual({ pct: 100 })
  })

  it('sees 20 % locked (the SCPI) as fine for a low liquidity need, no product above 50 %, and sums up as a mismatch', () => {
    expect(byId(result.checks, 'liquidity')).toMatchObject({ status: 'ok', params: { locked: { eur: 2_000_000 }, lockedPct: { pct: 20 } } })
    expect(byId(result.checks, 'concentration')).toMatchObject({ status: 'ok', params: { largestPct: { pct: 40 } } })
    expect(result.status).toBe('mismatch')
    expect(result.totalCents).toBe(10_000_000)
  })
})

describe('assessSuitability — the thresholds', () => {
  const one = (over: Partial<RecommendedProduct>) => [product({ name: 'Seul', ...over })]

  it('weighted SRI above the score is a mismatch (1 € at SRI 4 + 2 € at SRI 6: 16 ÷ 3 = 5,3 > 5)', () => {
    const risk = byId(
      assessSuitability(profile(), { targetAllocation: [], products: [product({ name: 'A', amountCents: 100, sri: 4 }), product({ name: 'B', amountCents: 200, sri: 6 })] }, []).checks,
      'risk',
    )
    expect(risk).toMatchObject({ status: 'mismatch', params: { weighted: { num: 5.3 } } })
  })

  it('capacity: a loss over ¾ of the capacity is a caution, over it a mismatch; the wealth is at least the amount invested', () => {
    // Wealth 100 000 €, capacity 10 % = 10 000 €. 40 000 € at SRI 5 (30 %) = 12 000 € > 10 000 → mismatch.
    const tight = profile({ wealthCents: 10_000_000, capacityForLossPct: 10 })
    expect(byId(assessSuitability(tight, { targetAllocation: [], products: one({ amountCents: 4_000_000, sri: 5 }) }, []).checks, 'capacity').status).toBe('mismatch')
    // 30 000 € at 30 % = 9 000 € > 7 500 (¾ of 10 000) → caution.
    expect(byId(assessSuitability(tight, { targetAllocation: [], products: one({ amountCents: 3_000_000, sri: 5 }) }, []).checks, 'capacity').status).toBe('caution')
    // No patrimony recorded: 50 000 € invested is the wealth; capacity 10 % = 5 000 €; 50 000 at SRI 3 (12 %) = 6 000 € → mismatch.
    const capacity = byId(assessSuitability(profile({ wealthCents: 0, capacityForLossPct: 10 }), { targetAllocation: [], products: one({ amountCents: 5_000_000, sri: 3 }) }, []).checks, 'capacity')
    expect(capacity).toMatchObject({ status: 'mismatch', params: { wealth: { eur: 5_000_000 }, capacity: { eur: 500_000 }, loss: { eur: 600_000 } } })
    // Rounded to the cent, half away from zero: 0,05 € at 5 % = 0,25 c → 0 ; 0,10 € at 5 % = 0,5 c → 1 c.
    expect(plausibleLossCents({ amountCents: 5, sri: 2 })).toBe(0)
    expect(plausibleLossCents({ amountCents: 10, sri: 2 })).toBe(1)
  })

  it('liquidity: locked money is a mismatch for a high need, a caution for a medium one under 50 %', () => {
    const locked = one({ wrapper: 'per', amountCents: 3_000_000 }).concat(product({ name: 'Libre', amountCents: 7_000_000 }))
    expect(byId(assessSuitability(profile({ liquidityNeed: 'high' }), { targetAllocation: [], products: locked }, []).checks, 'liquidity').status).toBe('mismatch')
    expect(byId(assessSuitability(profile({ liquidityNeed: 'medium' }), { targetAllocation: [], products: locked }, []).checks, 'liquidity').status).toBe('caution')
    expect(byId(assessSuitability(profile({ liquidityNeed: 'none' }), { targetAllocation: [], products: locked }, []).checks, 'liquidity').status).toBe('ok')
  })

  it('concentration: one risky product over 50 % is a caution; an SRI 1 one is not counted', () => {
    const big = [product({ name: 'Gros', amountCents: 600 }), product({ name: 'Petit', amountCents: 400 })]
    const concentration = byId(assessSuitability(profile(), { targetAllocation: [], products: big }, []).checks, 'concentration')
    expect(concentration.lines.map(fr)).toEqual(['Gros : 60 % du montant recommandé, au-delà du seuil de 50 %.'])
    const safe = [product({ name: 'Livret', wrapper: 'livret-a', productClass: 'savings-accounts', sri: 1, amountCents: 900 }), product({ name: 'Petit', amountCents: 100 })]
    expect(byId(assessSuitability(profile(), { targetAllocation: [], products: safe }, []).checks, 'concentration').status).toBe('ok')
  })

  it('objectives: a product serving no stated purpose and a purpose left uncovered are cautions; nothing served is a mismatch', () => {
    const livret = one({ wrapper: 'livret-a', productClass: 'savings-accounts', sri: 1 })
    expect(byId(assessSuitability(profile(), { targetAllocation: [], products: livret }, []).checks, 'objectives').status).toBe('mismatch')
    const pea = one({ wrapper: 'pea' })
    const objectives = byId(assessSuitability(profile(), { targetAllocation: [], products: pea }, []).checks, 'objectives')
    expect(objectives.status).toBe('caution')
    expect(fr(objectives.lines[1]!)).toBe('Objectifs que la recommandation ne couvre pas : Préparer la retraite.')
  })

  it('sustainability: no preference stated is fine whatever the products', () => {
    const none = profile({ sustainability: { minTaxonomyPct: 0, minSfdrPct: 0, paiConsidered: false, paiTopics: [] } })
    const check = byId(assessSuitability(none, { targetAllocation: [], products: one({ sfdr: '6' }) }, []).checks, 'sustainability')
    expect(check.status).toBe('ok')
    expect(fr(check.lines[0]!)).toBe('Vous n’avez pas exprimé de préférence en matière de durabilité.')
  })

  it('a target allocation alone: the amount checks wait for products, knowledge reads the allocation’s classes', () => {
    const out = assessSuitability(profile(), { targetAllocation: [{ assetClass: 'funds-etf', pct: 60 }, { assetClass: 'bonds', pct: 40 }], products: [] }, evidence)
    expect(out.checks.filter((c) => c.status === 'caution' && c.messageKey === 'documents.adequation.check.noProducts').map((c) => c.id)).toEqual([
      'objectives', 'horizon', 'risk', 'capacity', 'sustainability', 'liquidity', 'concentration',
    ])
    expect(byId(out.checks, 'knowledge').lines.map(fr)).toEqual([
      'Obligations : ni connaissance déclarée, ni quiz réussi.',
      'OPCVM et ETF : a déclaré connaître ; quiz réussi le 10 mars 2026 (score 80 %, tentative n° 2).',
    ])
  })

  it('passes on the profile’s own warnings still applying, as the questionnaire words them', () => {
    const out = assessSuitability(profile({ warnings: [{ code: 'liquidity_vs_horizon', horizonYears: 6 }] }), { targetAllocation: [], products }, [])
    expect(out.warnings).toEqual([{ code: 'liquidity_vs_horizon', messageKey: 'questionnaire.warning.liquidity_vs_horizon', params: { horizonYears: 6 } }])
  })
})

describe('the recommendation’s own rules', () => {
  it('a target allocation adds up to exactly 100 % (to the hundredth), or is left empty', () => {
    expect(allocationProblem([])).toBeNull()
    expect(allocationProblem([{ pct: 33.33 }, { pct: 33.33 }, { pct: 33.34 }])).toBeNull()
    expect(allocationProblem([{ pct: 60 }, { pct: 30 }])).toBe('recommendations.errors.allocationSum')
    expect(allocationProblem([{ pct: 60 }, { pct: 40.01 }])).toBe('recommendations.errors.allocationSum')
  })

  it('checks an ISIN’s check digit (Luhn over letters read as 10–35)', () => {
    expect(isValidIsin('US0378331005')).toBe(true)
    expect(isValidIsin('FR0000120271')).toBe(true)
    expect(isValidIsin('IE00B4L5Y983')).toBe(true)
    expect(isValidIsin('FR0000120272')).toBe(false)
    expect(isValidIsin('FR000012027')).toBe(false)
    expect(isValidIsin('fr0000120271')).toBe(false)
    expect(isValidIsin(normaliseIsin(' fr 0000 1202 71 '))).toBe(true)
  })
})
