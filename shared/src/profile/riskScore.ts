/**
 * The investor's risk score on the 1–7 SRI scale (the PRIIPs summary risk
 * indicator the investor sees on every product's key information
 * document), from the profile questionnaire.
 *
 * 1. Tolerance — points per answer, from the one table `RISK_SCORE_POINTS`:
 *
 * | question              | answers → points                                                     | max |
 * |-----------------------|----------------------------------------------------------------------|-----|
 * | tradeOff              | capital-protection 0 · low 2 · balanced 4 · growth 6 · max-growth 8  | 8   |
 * | horizonYears          | < 1 → 0 · 1–< 3 → 2 · 3–< 5 → 4 · 5–< 8 → 6 · ≥ 8 → 8                | 8   |
 * | lossReaction          | sell-all 0 · sell-some 2 · hold 4 · buy-more 6                       | 6   |
 * | volatilityComfort 1–5 | 1 → 0 · 2 → 1 · 3 → 2 · 4 → 3 · 5 → 4                                | 4   |
 *
 *    raw = sum, 0–26. Stated preference and horizon weigh 8 each, the
 *    behavioural answer 6, the self-rated comfort 4. Horizon bands follow
 *    the recommended holding periods typical of each SRI level.
 * 2. Map: toleranceScore = min(7, 1 + floor(raw / 4)) —
 *    raw 0–3 → 1, 4–7 → 2, 8–11 → 3, 12–15 → 4, 16–19 → 5, 20–23 → 6, 24–26 → 7.
 * 3. Cap by capacity for loss (the share of wealth that could be lost
 *    without changing lifestyle): < 10 % → at most 3; < 25 % → at most 4.
 *    Exactly 10 % or 25 % is not capped by that step.
 * 4. Gate by knowledge and experience: a score of 5 or more requires knowing
 *    equities or funds/ETF; 6 or more requires having traded one of them.
 *    Otherwise the score is held at 4 (not known) or 5 (known, not traded).
 *
 * score = min(toleranceScore, capacity cap, knowledge cap). `cappedBy`
 * lists every step whose cap is below the tolerance score.
 *
 * Consistency warnings (Delegated Regulation (EU) 2017/565, art. 54(7):
 * the firm takes reasonable steps to ensure the information collected is
 * reliable and resolves inconsistencies), computed on the tolerance score:
 * - `tolerance_vs_horizon`: tolerance ≥ 5 (dynamique or more) but horizon < 2 years;
 * - `tolerance_vs_capacity`: tolerance ≥ 5 but capacity for loss < 10 %;
 * - `no_knowledge_high_risk`: tolerance above what knowledge allows;
 * - `reaction_vs_objective`: wants growth or max-growth yet would sell
 *   everything after a fall.
 * The advisor resolves these with the client; the score stands meanwhile.
 */
import type { KnowledgeAnswers, ProductClass } from './productClasses'
import { hasTradedAny, knowsAny } from './productClasses'

export type LossReaction = 'sell-all' | 'sell-some' | 'hold' | 'buy-more'
export type RiskTradeOff = 'capital-protection' | 'low' | 'balanced' | 'growth' | 'max-growth'
export type VolatilityComfort = 1 | 2 | 3 | 4 | 5
export type RiskScoreValue = 1 | 2 | 3 | 4 | 5 | 6 | 7

export interface RiskAnswers {
  horizonYears: number
  lossReaction: LossReaction
  tradeOff: RiskTradeOff
  volatilityComfort: VolatilityComfort
  /** Share of wealth that could be lost without a change of lifestyle, 0–100. */
  capacityForLossPct: number
  knowledge: KnowledgeAnswers
}

/** The weights: points per answer (see the table above). */
export const RISK_SCORE_POINTS = {
  tradeOff: { 'capital-protection': 0, low: 2, balanced: 4, growth: 6, 'max-growth': 8 },
  lossReaction: { 'sell-all': 0, 'sell-some': 2, hold: 4, 'buy-more': 6 },
  volatilityComfort: { 1: 0, 2: 1, 3: 2, 4: 3, 5: 4 },
  /** Horizon bands: points for a horizon below `underYears`; the last band has none. */
  horizon: [
    { underYears: 1, points: 0 },
    { underYears: 3, points: 2 },
    { underYears: 5, points: 4 },
    { underYears: 8, points: 6 },
    { underYears: Number.POSITIVE_INFINITY, points: 8 },
  ],
} as const satisfies {
  tradeOff: Record<RiskTradeOff, number>
  lossReaction: Record<LossReaction, number>
  volatilityComfort: Record<VolatilityComfort, number>
  horizon: readonly { underYears: number; points: number }[]
}

export const RISK_SCORE_MAX_RAW = 26

/** Capacity-for-loss caps: below `underPct`, the score is at most `maxScore`. */
export const CAPACITY_CAPS = [
  { underPct: 10, maxScore: 3 },
  { underPct: 25, maxScore: 4 },
] as const

/** Products whose knowledge opens scores 5+ (known) and 6+ (traded). */
export const GATE_PRODUCT_CLASSES: readonly ProductClass[] = ['equities', 'funds-etf']

export const RISK_LEVELS: Readonly<Record<RiskScoreValue, { fr: string; en: string }>> = {
  1: { fr: 'sécuritaire', en: 'very cautious' },
  2: { fr: 'prudent', en: 'cautious' },
  3: { fr: 'modéré', en: 'moderate' },
  4: { fr: 'équilibré', en: 'balanced' },
  5: { fr: 'dynamique', en: 'dynamic' },
  6: { fr: 'offensif', en: 'aggressive' },
  7: { fr: 'très offensif', en: 'very aggressive' },
}

export type RiskWarning =
  | { code: 'tolerance_vs_horizon'; toleranceScore: RiskScoreValue; horizonYears: number }
  | { code: 'tolerance_vs_capacity'; toleranceScore: RiskScoreValue; capacityForLossPct: number }
  | {
      code: 'no_knowledge_high_risk'
      toleranceScore: RiskScoreValue
      knowledgeMaxScore: RiskScoreValue
    }
  | { code: 'reaction_vs_objective'; tradeOff: RiskTradeOff; lossReaction: LossReaction }

export interface RiskScore {
  score: RiskScoreValue
  label: { fr: string; en: string }
  /** i18n key of the label: `profile.risk.level.<score>`. */
  labelKey: string
  /** Sum of the points, 0–26. */
  raw: number
  /** What the answers alone give, before caps and gates. */
  toleranceScore: RiskScoreValue
  capped: boolean
  cappedBy: ('capacity' | 'knowledge')[]
  warnings: RiskWarning[]
}

const HIGH_TOLERANCE: RiskScoreValue = 5

/** The risk score of a questionnaire (see the file comment for every rule). */
export function riskScore(answers: RiskAnswers): RiskScore {
  assertAnswers(answers)
  const raw = rawRiskPoints(answers)
  const toleranceScore = scoreFromRaw(raw)
  const capacityMax = capacityMaxScore(answers.capacityForLossPct)
  const knowledgeMax = knowledgeMaxScore(answers.knowledge)

  const cappedBy: RiskScore['cappedBy'] = []
  if (capacityMax < toleranceScore) cappedBy.push('capacity')
  if (knowledgeMax < toleranceScore) cappedBy.push('knowledge')
  const score = Math.min(toleranceScore, capacityMax, knowledgeMax) as RiskScoreValue

  const warnings: RiskWarning[] = []
  if (toleranceScore >= HIGH_TOLERANCE && answers.horizonYears < 2) {
    warnings.push({
      code: 'tolerance_vs_horizon',
      toleranceScore,
      horizonYears: answers.horizonYears,
    })
  }
  if (toleranceScore >= HIGH_TOLERANCE && answers.capacityForLossPct < 10) {
    warnings.push({
      code: 'tolerance_vs_capacity',
      toleranceScore,
      capacityForLossPct: answers.capacityForLossPct,
    })
  }
  if (knowledgeMax < toleranceScore) {
    warnings.push({
      code: 'no_knowledge_high_risk',
      toleranceScore,
      knowledgeMaxScore: knowledgeMax,
    })
  }
  if (
    (answers.tradeOff === 'growth' || answers.tradeOff === 'max-growth') &&
    answers.lossReaction === 'sell-all'
  ) {
    warnings.push({
      code: 'reaction_vs_objective',
      tradeOff: answers.tradeOff,
      lossReaction: answers.lossReaction,
    })
  }

  return {
    score,
    label: RISK_LEVELS[score],
    labelKey: `profile.risk.level.${score}`,
    raw,
    toleranceScore,
    capped: cappedBy.length > 0,
    cappedBy,
    warnings,
  }
}

/** Sum of the points of the four tolerance answers, 0–26. */
export function rawRiskPoints(
  answers: Omit<RiskAnswers, 'capacityForLossPct' | 'knowledge'>,
): number {
  const points = RISK_SCORE_POINTS
  const horizonBand = points.horizon.find((band) => answers.horizonYears < band.underYears)
  return (
    points.tradeOff[answers.tradeOff] +
    points.lossReaction[answers.lossReaction] +
    points.volatilityComfort[answers.volatilityComfort] +
    (horizonBand?.points ?? 0)
  )
}

/** min(7, 1 + floor(raw / 4)): raw 0–3 → 1 … 24–26 → 7. */
export function scoreFromRaw(raw: number): RiskScoreValue {
  if (!(Number.isInteger(raw) && raw >= 0 && raw <= RISK_SCORE_MAX_RAW)) {
    throw new RangeError(`raw must be an integer 0–${RISK_SCORE_MAX_RAW}, got ${raw}`)
  }
  return Math.min(7, 1 + Math.floor(raw / 4)) as RiskScoreValue
}

/** The highest score capacity for loss allows: < 10 % → 3, < 25 % → 4, else 7. */
export function capacityMaxScore(capacityForLossPct: number): RiskScoreValue {
  const cap = CAPACITY_CAPS.find((step) => capacityForLossPct < step.underPct)
  return cap?.maxScore ?? 7
}

/** The highest score knowledge allows: 4 without knowing equities/funds, 5 without having traded them, else 7. */
export function knowledgeMaxScore(knowledge: KnowledgeAnswers): RiskScoreValue {
  if (!knowsAny(knowledge, GATE_PRODUCT_CLASSES)) return 4
  if (!hasTradedAny(knowledge, GATE_PRODUCT_CLASSES)) return 5
  return 7
}

function assertAnswers(answers: RiskAnswers): void {
  const { horizonYears, volatilityComfort, capacityForLossPct, tradeOff, lossReaction } = answers
  if (!(Number.isFinite(horizonYears) && horizonYears >= 0)) {
    throw new RangeError(`horizonYears must be a non-negative number, got ${horizonYears}`)
  }
  if (!Number.isInteger(volatilityComfort) || volatilityComfort < 1 || volatilityComfort > 5) {
    throw new RangeError(`volatilityComfort must be 1–5, got ${volatilityComfort}`)
  }
  if (!(capacityForLossPct >= 0 && capacityForLossPct <= 100)) {
    throw new RangeError(`capacityForLossPct must be within 0–100, got ${capacityForLossPct}`)
  }
  if (!Object.hasOwn(RISK_SCORE_POINTS.tradeOff, tradeOff))
    throw new RangeError(`unknown tradeOff ${tradeOff}`)
  if (!Object.hasOwn(RISK_SCORE_POINTS.lossReaction, lossReaction)) {
    throw new RangeError(`unknown lossReaction ${lossReaction}`)
  }
}
