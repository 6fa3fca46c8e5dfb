import { roundHalfAwayFromZero, type Cents } from '../../finance/money'
import { PRODUCT_CLASSES, type KnowledgeAnswers, type ProductClass } from '../../profile/productClasses'
import type { RiskScoreValue } from '../../profile/riskScore'
import type { ProfileWarning } from '../../profile/questionnaire/deriveProfile'
import { LOSS_BANDS } from './lossBands'
import { isLocked, purposesOf, type Purpose } from './productTraits'
import type { RecommendationFacts, RecommendedProduct } from './recommendation'

/**
 * The suitability statement's fit analysis (MiFID II art. 25(6); Delegated
 * Regulation (EU) 2017/565 art. 54(12)): how the advisor's recommendation
 * meets the client's objectives, horizon, risk tolerance, capacity for loss,
 * knowledge and experience, sustainability preferences and liquidity need,
 * and what to draw attention to. Pure: figures in, checks out; every message
 * is an i18n key with its figures (suitabilityText.ts prints them).
 *
 * Rules (all amounts are the products' amounts; "weighted" = by amount):
 * - objectives: each product serves the purposes of its wrapper and class
 *   (productTraits.ts). A product serving none of the client's purposes, or
 *   a purpose no product serves → caution; no product serving any → mismatch.
 * - horizon: a product whose recommended holding period exceeds the client's
 *   horizon → mismatch.
 * - risk: weighted SRI = Σ amount × SRI ÷ Σ amount (printed to one decimal).
 *   Above the profile's risk score → mismatch; at or below it but some
 *   product above the score → caution.
 * - capacity for loss: plausible loss = Σ amount × the upper bound of the
 *   product's SRI loss band (lossBands.ts), each rounded to the cent. The
 *   capacity in € = capacity % × wealth, the wealth being the recorded net
 *   worth, or the total recommended if that is more (the money invested is
 *   the client's). Loss > capacity → mismatch; loss > 75 % of it → caution.
 * - knowledge and experience, per product class recommended (products and
 *   target allocation): declared (has traded / knows / neither) against the
 *   quiz evidence (passed, only failed, none). Declared and passed → ok;
 *   declared but never tested, or passed without declaring → caution;
 *   failed, or neither declared nor passed → mismatch.
 * - sustainability: weighted taxonomy alignment ≥ the client's minimum, and
 *   the share in SFDR art. 8/9 products ≥ the client's minimum SFDR share,
 *   else mismatch; adverse impacts (PAI) considered but an art. 6 product
 *   recommended → caution.
 * - liquidity: share in locked products (PER, SCPI, private equity).
 *   Need high: any → mismatch. Medium: > 50 % → mismatch, any → caution.
 *   Low: > 80 % → caution. None: ok.
 * - concentration: one product above 50 % of the amount (SRI 2 and more;
 *   an SRI 1 product carries no market risk to concentrate) → caution.
 * Without products (a target allocation only), every check that needs
 * amounts is a caution "to be assessed on the products".
 */

export type CheckStatus = 'ok' | 'caution' | 'mismatch'
export const CHECK_IDS = ['objectives', 'horizon', 'risk', 'capacity', 'knowledge', 'sustainability', 'liquidity', 'concentration'] as const
export type CheckId = (typeof CHECK_IDS)[number]

/** A figure of a message, printed in the reader's language: euros, a percentage, a number, a Paris date, a translated label or list of labels. */
export type Figure = string | number | { eur: Cents } | { pct: number } | { num: number } | { date: string } | { key: string } | { keys: string[] }
export type Params = Record<string, Figure>

export type CheckLine = { status: CheckStatus; messageKey: string; params: Params }
export type Check = { id: CheckId; status: CheckStatus; messageKey: string; params: Params; lines: CheckLine[] }
export type SuitabilityWarning = { code: string; messageKey: string; params: Params }

export type ProfileFacts = {
  purposes: readonly string[]
  horizonYears: number
  liquidityNeed: 'none' | 'low' | 'medium' | 'high'
  riskScore: RiskScoreValue
  capacityForLossPct: number
  /** The recorded net worth the capacity % applies to (patrimony). */
  wealthCents: Cents
  knowledge: KnowledgeAnswers
  sustainability: { minTaxonomyPct: number; minSfdrPct: number; paiConsidered: boolean; paiTopics: readonly string[] }
  /** The profile's own consistency warnings, as deriveProfile gives them now. */
  warnings: readonly ProfileWarning[]
}

/** One quiz outcome for a product class: a pass (knowledge-evidence) or a failed attempt (enrollments). */
export type QuizEvidence = { productClass: ProductClass; outcome: 'passed' | 'failed'; at: string; score: number; attempt?: number | null; quizTitle?: string }

export type Suitability = { checks: Check[]; warnings: SuitabilityWarning[]; status: CheckStatus; totalCents: Cents }

export const CAUTION_SHARE_OF_CAPACITY = { numerator: 3, denominator: 4 } as const
export const CONCENTRATION_MAX_PCT = 50

const RANK: Record<CheckStatus, number> = { ok: 0, caution: 1, mismatch: 2 }
export const worst = (statuses: readonly CheckStatus[]): CheckStatus =>
  statuses.reduce<CheckStatus>((acc, s) => (RANK[s] > RANK[acc] ? s : acc), 'ok')

/** One decimal, half away from zero: 4,25 → 4,3. */
const tenths = (value: number) => roundHalfAwayFromZero(value * 10) / 10
const pctOf = (part: number, whole: number) => (whole === 0 ? 0 : tenths((100 * part) / whole))
const purposeKey = (purpose: string) => `questionnaire.option.purpose.${purpose}`
const classKey = (productClass: string) => `profile.productClass.${productClass}`
const K = (name: string) => `documents.adequation.${name}`

const check = (id: CheckId, params: Params, lines: CheckLine[], status = worst(lines.map((l) => l.status)), key = K(`check.${id}`)): Check => ({
  id,
  status,
  messageKey: key,
  params,
  lines,
})
const line = (status: CheckStatus, name: string, params: Params): CheckLine => ({ status, messageKey: K(name), params })
const noProducts = (id: CheckId): Check => check(id, {}, [], 'caution', K('check.noProducts'))

function objectives(profile: ProfileFacts, products: readonly RecommendedProduct[], total: Cents): Check {
  const wanted = new Set(profile.purposes)
  const served = new Set<Purpose>()
  let servingCents = 0
  const lines = products.map((product) => {
    const serves = purposesOf(product).filter((purpose) => wanted.has(purpose))
    serves.forEach((purpose) => served.add(purpose))
    if (serves.length === 0) return line('caution', 'objectives.servesNone', { product: product.name })
    servingCents += product.amountCents
    return line('ok', 'objectives.serves', { product: product.name, purposes: { keys: serves.map(purposeKey) } })
  })
  const uncovered = profile.purposes.filter((purpose) => !served.has(purpose as Purpose))
  if (uncovered.length > 0 && served.size > 0) lines.push(line('caution', 'objectives.uncovered', { purposes: { keys: uncovered.map(purposeKey) } }))
  const status = served.size === 0 ? 'mismatch' : worst(lines.map((l) => l.status))
  return check('objectives', { purposes: { keys: profile.purposes.map(purposeKey) }, servingPct: { pct: pctOf(servingCents, total) } }, lines, status)
}

function horizon(profile: ProfileFacts, products: readonly RecommendedProduct[]): Check {
  const lines = products.map((product) =>
    product.recommendedHorizonYears <= profile.horizonYears
      ? line('ok', 'horizon.within', { product: product.name, years: product.recommendedHorizonYears, horizon: profile.horizonYears })
      : line('mismatch', 'horizon.beyond', { product: product.name, years: product.recommendedHorizonYears, horizon: profile.horizonYears }),
  )
  const longest = Math.max(...products.map((p) => p.recommendedHorizonYears))
  return check('horizon', { horizon: profile.horizonYears, longest }, lines)
}

function risk(profile: ProfileFacts, products: readonly RecommendedProduct[], total: Cents): Check {
  const weightedSum = products.reduce((sum, p) => sum + p.amountCents * p.sri, 0)
  const score = profile.riskScore
  const lines = products
    .filter((p) => p.sri > score)
    .map((p) => line('caution', 'risk.productAbove', { product: p.name, sri: p.sri, score }))
  // Exact comparison in integers: Σ amount × SRI > score × Σ amount.
  const status: CheckStatus = weightedSum > score * total ? 'mismatch' : lines.length > 0 ? 'caution' : 'ok'
  const params = { weighted: { num: tenths(weightedSum / total) }, score, level: { key: `profile.risk.level.${score}` } }
  return check('risk', params, lines, status)
}

/** The plausible loss of one product over an unfavourable year (upper bound of its SRI band), to the cent. */
export const plausibleLossCents = (product: Pick<RecommendedProduct, 'amountCents' | 'sri'>): Cents =>
  roundHalfAwayFromZero((product.amountCents * LOSS_BANDS[product.sri].maxPct) / 100)

function capacity(profile: ProfileFacts, products: readonly RecommendedProduct[], total: Cents): Check {
  const wealth = Math.max(profile.wealthCents, total)
  const capacityCents = roundHalfAwayFromZero((wealth * profile.capacityForLossPct) / 100)
  const lines = products.map((p) =>
    line('ok', 'capacity.productLoss', {
      product: p.name,
      sri: p.sri,
      minPct: { pct: LOSS_BANDS[p.sri].minPct },
      maxPct: { pct: LOSS_BANDS[p.sri].maxPct },
      loss: { eur: plausibleLossCents(p) },
    }),
  )
  const loss = products.reduce((sum, p) => sum + plausibleLossCents(p), 0)
  const { numerator, denominator } = CAUTION_SHARE_OF_CAPACITY
  const status: CheckStatus = loss > capacityCents ? 'mismatch' : denominator * loss > numerator * capacityCents ? 'caution' : 'ok'
  const params = {
    loss: { eur: loss },
    lossPct: { pct: pctOf(loss, wealth) },
    capacity: { eur: capacityCents },
    capacityPct: { pct: profile.capacityForLossPct },
    wealth: { eur: wealth },
  }
  return check('capacity', params, lines, status)
}

const latest = (rows: readonly QuizEvidence[]) => [...rows].sort((a, b) => b.at.localeCompare(a.at))[0]

function knowledge(profile: ProfileFacts, recommendation: RecommendationFacts, evidence: readonly QuizEvidence[]): Check {
  const recommended = new Set<ProductClass>([
    ...recommendation.products.map((p) => p.productClass),
    ...recommendation.targetAllocation.filter((l) => l.pct > 0).map((l) => l.assetClass),
  ])
  const classes = PRODUCT_CLASSES.filter((c) => recommended.has(c))
  let proven = 0
  const lines = classes.map((productClass) => {
    const answer = profile.knowledge[productClass]
    const declared = answer?.hasTraded ? 'traded' : answer?.knows ? 'knows' : 'none'
    const mine = evidence.filter((e) => e.productClass === productClass)
    const pass = latest(mine.filter((e) => e.outcome === 'passed'))
    const fail = latest(mine.filter((e) => e.outcome === 'failed'))
    const quiz = pass ? 'passed' : fail ? 'failed' : 'none'
    const shown = pass ?? fail
    if (pass) proven++
    const status: CheckStatus =
      quiz === 'passed' ? (declared === 'none' ? 'caution' : 'ok') : quiz === 'none' && declared !== 'none' ? 'caution' : 'mismatch'
    const params: Params = { class: { key: classKey(productClass) } }
    if (shown) Object.assign(params, { date: { date: shown.at }, score: shown.score, attempt: shown.attempt ?? 1 })
    return line(status, `knowledge.${declared}.${quiz}`, params)
  })
  return check('knowledge', { classes: classes.length, proven }, lines)
}

function sustainability(profile: ProfileFacts, products: readonly RecommendedProduct[], total: Cents): Check {
  const prefs = profile.sustainability
  const taxonomy = tenths(products.reduce((sum, p) => sum + p.amountCents * p.taxonomyPct, 0) / total)
  const sfdrCents = products.filter((p) => p.sfdr === '8' || p.sfdr === '9').reduce((sum, p) => sum + p.amountCents, 0)
  const sfdr = pctOf(sfdrCents, total)
  const params = { taxonomy: { pct: taxonomy }, sfdr: { pct: sfdr } }
  if (prefs.minTaxonomyPct === 0 && prefs.minSfdrPct === 0 && !prefs.paiConsidered) {
    return check('sustainability', params, [line('ok', 'sustainability.none', {})])
  }
  const lines = [
    line(taxonomy >= prefs.minTaxonomyPct ? 'ok' : 'mismatch', 'sustainability.taxonomy', { actual: { pct: taxonomy }, min: { pct: prefs.minTaxonomyPct } }),
    line(sfdr >= prefs.minSfdrPct ? 'ok' : 'mismatch', 'sustainability.sfdr', { actual: { pct: sfdr }, min: { pct: prefs.minSfdrPct } }),
  ]
  if (prefs.paiConsidered) {
    const topics = { keys: prefs.paiTopics.map((t) => `questionnaire.option.paiTopic.${t}`) }
    const article6 = products.filter((p) => p.sfdr === '6')
    lines.push(
      article6.length > 0
        ? line('caution', 'sustainability.paiArticle6', { products: article6.map((p) => p.name).join(', '), topics })
        : line('ok', 'sustainability.pai', { topics }),
    )
  }
  return check('sustainability', params, lines)
}

function liquidity(profile: ProfileFacts, products: readonly RecommendedProduct[], total: Cents): Check {
  const locked = products.filter(isLocked)
  const lockedCents = locked.reduce((sum, p) => sum + p.amountCents, 0)
  const lockedPct = pctOf(lockedCents, total)
  const need = profile.liquidityNeed
  const status: CheckStatus =
    lockedCents === 0
      ? 'ok'
      : need === 'high'
        ? 'mismatch'
        : need === 'medium'
          ? lockedPct > 50
            ? 'mismatch'
            : 'caution'
          : need === 'low' && lockedPct > 80
            ? 'caution'
            : 'ok'
  const lines = locked.map((p) => line(status, 'liquidity.locked', { product: p.name, amount: { eur: p.amountCents } }))
  const params = { need: { key: `questionnaire.option.liquidityNeed.${need}` }, locked: { eur: lockedCents }, lockedPct: { pct: lockedPct } }
  return check('liquidity', params, lines, status)
}

function concentration(products: readonly RecommendedProduct[], total: Cents): Check {
  const lines = products
    .filter((p) => p.sri >= 2 && 100 * p.amountCents > CONCENTRATION_MAX_PCT * total)
    .map((p) => line('caution', 'concentration.product', { product: p.name, pct: { pct: pctOf(p.amountCents, total) }, max: { pct: CONCENTRATION_MAX_PCT } }))
  const largest = Math.max(...products.map((p) => p.amountCents))
  return check('concentration', { largestPct: { pct: pctOf(largest, total) }, max: { pct: CONCENTRATION_MAX_PCT } }, lines)
}

/** The fit of `recommendation` to the client (`profile`, quiz `evidence`): one check per criterion and the warnings still applying. */
export function assessSuitability(profile: ProfileFacts, recommendation: RecommendationFacts, evidence: readonly QuizEvidence[]): Suitability {
  const products = recommendation.products.filter((p) => p.amountCents > 0)
  const total = products.reduce((sum, p) => sum + p.amountCents, 0)
  const withProducts = (id: CheckId, run: () => Check) => (total > 0 ? run() : noProducts(id))
  const checks = [
    withProducts('objectives', () => objectives(profile, products, total)),
    withProducts('horizon', () => horizon(profile, products)),
    withProducts('risk', () => risk(profile, products, total)),
    withProducts('capacity', () => capacity(profile, products, total)),
    knowledge(profile, recommendation, evidence),
    withProducts('sustainability', () => sustainability(profile, products, total)),
    withProducts('liquidity', () => liquidity(profile, products, total)),
    withProducts('concentration', () => concentration(products, total)),
  ]
  const warnings = profile.warnings.map(({ code, ...params }) => ({ code, messageKey: `questionnaire.warning.${code}`, params }))
  return { checks, warnings, status: worst(checks.map((c) => c.status)), totalCents: total }
}
