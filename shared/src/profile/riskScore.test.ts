import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { KnowledgeAnswers } from './productClasses'
import { PRODUCT_CLASSES } from './productClasses'
import type { RiskAnswers } from './riskScore'
import { capacityMaxScore, knowledgeMaxScore, riskScore, scoreFromRaw } from './riskScore'

const tradedEquities: KnowledgeAnswers = { equities: { knows: true, hasTraded: true } }
const knowsFunds: KnowledgeAnswers = { 'funds-etf': { knows: true, hasTraded: false } }

describe('riskScore — worked profiles', () => {
  it('a balanced saver with a long horizon is dynamique', () => {
    // tradeOff balanced 4 + horizon 6 y (5–<8) 6 + hold 4 + comfort 3 → 2 = 16
    // 1 + floor(16 / 4) = 5 ; capacity 30 % → no cap ; knows funds (not traded) → max 5 → 5
    const result = riskScore({
      horizonYears: 6,
      lossReaction: 'hold',
      tradeOff: 'balanced',
      volatilityComfort: 3,
      capacityForLossPct: 30,
      knowledge: knowsFunds,
    })
    expect(result).toEqual({
      score: 5,
      label: { fr: 'dynamique', en: 'dynamic' },
      labelKey: 'profile.risk.level.5',
      raw: 16,
      toleranceScore: 5,
      capped: false,
      cappedBy: [],
      warnings: [],
    })
  })

  it('a bold answerer with no market knowledge is held at équilibré', () => {
    // max-growth 8 + horizon 10 y 8 + buy-more 6 + comfort 5 → 4 = 26 → min(7, 1 + 6) = 7
    // capacity 50 % → no cap ; knows neither equities nor funds → max 4 → 4
    const result = riskScore({
      horizonYears: 10,
      lossReaction: 'buy-more',
      tradeOff: 'max-growth',
      volatilityComfort: 5,
      capacityForLossPct: 50,
      knowledge: { 'savings-accounts': { knows: true, hasTraded: true } },
    })
    expect(result).toMatchObject({
      score: 4,
      label: { fr: 'équilibré' },
      raw: 26,
      toleranceScore: 7,
      capped: true,
      cappedBy: ['knowledge'],
      warnings: [{ code: 'no_knowledge_high_risk', toleranceScore: 7, knowledgeMaxScore: 4 }],
    })
  })

  it('low capacity for loss caps an experienced investor at modéré', () => {
    // same answers, raw 26 → 7 ; capacity 5 % < 10 % → max 3 ; traded equities → no gate → 3
    const result = riskScore({
      horizonYears: 10,
      lossReaction: 'buy-more',
      tradeOff: 'max-growth',
      volatilityComfort: 5,
      capacityForLossPct: 5,
      knowledge: tradedEquities,
    })
    expect(result).toMatchObject({
      score: 3,
      label: { fr: 'modéré' },
      capped: true,
      cappedBy: ['capacity'],
    })
    expect(result.warnings).toEqual([
      { code: 'tolerance_vs_capacity', toleranceScore: 7, capacityForLossPct: 5 },
    ])
  })

  it('lists both caps when both bind', () => {
    // raw 26 → 7 ; capacity 20 % → max 4 ; known but never traded → max 5 → min(7, 4, 5) = 4
    const result = riskScore({
      horizonYears: 12,
      lossReaction: 'buy-more',
      tradeOff: 'max-growth',
      volatilityComfort: 5,
      capacityForLossPct: 20,
      knowledge: knowsFunds,
    })
    expect(result).toMatchObject({ score: 4, cappedBy: ['capacity', 'knowledge'] })
  })

  it('warns when a high tolerance meets a short horizon', () => {
    // growth 6 + horizon 1 y (1–<3) 2 + buy-more 6 + comfort 4 → 3 = 17 → 5 ; horizon 1 < 2 → warning
    const result = riskScore({
      horizonYears: 1,
      lossReaction: 'buy-more',
      tradeOff: 'growth',
      volatilityComfort: 4,
      capacityForLossPct: 40,
      knowledge: tradedEquities,
    })
    expect(result).toMatchObject({ score: 5, raw: 17, capped: false })
    expect(result.warnings).toEqual([
      { code: 'tolerance_vs_horizon', toleranceScore: 5, horizonYears: 1 },
    ])
  })

  it('warns when someone wants growth but would sell everything after a fall', () => {
    // growth 6 + horizon 8 y 8 + sell-all 0 + comfort 3 → 2 = 16 → 5
    const result = riskScore({
      horizonYears: 8,
      lossReaction: 'sell-all',
      tradeOff: 'growth',
      volatilityComfort: 3,
      capacityForLossPct: 40,
      knowledge: tradedEquities,
    })
    expect(result.warnings).toEqual([
      { code: 'reaction_vs_objective', tradeOff: 'growth', lossReaction: 'sell-all' },
    ])
  })

  it('a cautious saver is sécuritaire, with nothing to warn about', () => {
    // capital-protection 0 + horizon 0,5 y 0 + sell-all 0 + comfort 1 → 0 = 0 → 1
    const result = riskScore({
      horizonYears: 0.5,
      lossReaction: 'sell-all',
      tradeOff: 'capital-protection',
      volatilityComfort: 1,
      capacityForLossPct: 0,
      knowledge: {},
    })
    expect(result).toMatchObject({
      score: 1,
      label: { fr: 'sécuritaire', en: 'very cautious' },
      raw: 0,
      capped: false,
    })
    expect(result.warnings).toEqual([])
  })

  it('refuses answers out of range', () => {
    const base: RiskAnswers = {
      horizonYears: 5,
      lossReaction: 'hold',
      tradeOff: 'balanced',
      volatilityComfort: 3,
      capacityForLossPct: 20,
      knowledge: {},
    }
    expect(() => riskScore({ ...base, horizonYears: -1 })).toThrow(RangeError)
    expect(() => riskScore({ ...base, capacityForLossPct: 101 })).toThrow(RangeError)
    expect(() =>
      riskScore({ ...base, volatilityComfort: 6 as RiskAnswers['volatilityComfort'] }),
    ).toThrow(RangeError)
    expect(() => riskScore({ ...base, tradeOff: 'yolo' as RiskAnswers['tradeOff'] })).toThrow(
      RangeError,
    )
  })
})

describe('risk score steps', () => {
  it('maps raw points to 1–7 by fours', () => {
    const expected: [number, number][] = [
      [0, 1],
      [3, 1],
      [4, 2],
      [7, 2],
      [8, 3],
      [11, 3],
      [12, 4],
      [15, 4],
      [16, 5],
      [19, 5],
      [20, 6],
      [23, 6],
      [24, 7],
      [26, 7],
    ]
    for (const [raw, score] of expected) expect(scoreFromRaw(raw), `raw ${raw}`).toBe(score)
    expect(() => scoreFromRaw(27)).toThrow(RangeError)
  })

  it('caps by capacity at the documented boundaries', () => {
    // 9,99 % → 3 ; 10 % → 4 ; 24,9 % → 4 ; 25 % → no cap (7)
    expect(capacityMaxScore(9.99)).toBe(3)
    expect(capacityMaxScore(10)).toBe(4)
    expect(capacityMaxScore(24.9)).toBe(4)
    expect(capacityMaxScore(25)).toBe(7)
  })

  it('gates by knowledge of equities or funds/ETF', () => {
    expect(knowledgeMaxScore({})).toBe(4)
    expect(knowledgeMaxScore({ crypto: { knows: true, hasTraded: true } })).toBe(4)
    expect(knowledgeMaxScore(knowsFunds)).toBe(5)
    expect(knowledgeMaxScore(tradedEquities)).toBe(7)
    // having traded implies knowing
    expect(knowledgeMaxScore({ 'funds-etf': { knows: false, hasTraded: true } })).toBe(7)
  })
})

describe('risk score invariants', () => {
  const knowledge = fc.dictionary(
    fc.constantFrom(...PRODUCT_CLASSES),
    fc.record({ knows: fc.boolean(), hasTraded: fc.boolean() }),
  )
  const answers = fc.record({
    horizonYears: fc.double({ min: 0, max: 40, noNaN: true }),
    lossReaction: fc.constantFrom(
      'sell-all' as const,
      'sell-some' as const,
      'hold' as const,
      'buy-more' as const,
    ),
    tradeOff: fc.constantFrom(
      'capital-protection' as const,
      'low' as const,
      'balanced' as const,
      'growth' as const,
      'max-growth' as const,
    ),
    volatilityComfort: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
    capacityForLossPct: fc.double({ min: 0, max: 100, noNaN: true }),
    knowledge,
  })

  it('stays within 1–7, never above tolerance, and is capped exactly when lowered', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const result = riskScore(input)
        expect(result.score).toBeGreaterThanOrEqual(1)
        expect(result.score).toBeLessThanOrEqual(result.toleranceScore)
        expect(result.capped).toBe(result.score < result.toleranceScore)
        expect(result.score).toBeLessThanOrEqual(capacityMaxScore(input.capacityForLossPct))
      }),
    )
  })

  it('never drops when capacity for loss grows', () => {
    fc.assert(
      fc.property(answers, fc.double({ min: 0, max: 100, noNaN: true }), (input, more) => {
        const higher = Math.min(100, input.capacityForLossPct + more)
        expect(riskScore({ ...input, capacityForLossPct: higher }).score).toBeGreaterThanOrEqual(
          riskScore(input).score,
        )
      }),
    )
  })
})
