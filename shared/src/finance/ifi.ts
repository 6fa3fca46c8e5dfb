/**
 * An IFI estimate (impôt sur la fortune immobilière) from an investor's
 * recorded patrimony, with the scale in force (`ifiScaleOn`, ifiScale.ts).
 *
 * What is counted (docs/decisions/037-calculations-ifi-669-liquidity.md):
 * - real estate: the categories `main-home`, `rental-property` and `scpi`,
 *   each for the investor's share (`ownershipSharePct`). An SCPI counts in
 *   full (strictly, only its real-estate fraction is taxable); real estate
 *   held through a company, unit-linked real-estate funds and anything in
 *   `business` or `other` are not seen.
 * - dismembered property (art. 968 CGI): the usufructuary counts the full
 *   value, the bare owner nothing (the legal usufruct of a surviving spouse,
 *   split by art. 669, is not modelled).
 * - the main residence (`main-home`) after the 30 % allowance (art. 973 I).
 * - deductible debts (art. 974): the investor's share of every liability
 *   linked (`financedAsset`, decision 032) to a counted property — in full,
 *   also on the main residence; capped by art. 974 II above 5 M€. A debt
 *   linked to nothing or to another asset is not deducted: it is reported in
 *   `debtsNotLinkedCents` so the advisor sees what was left out.
 * - the IFI is due per tax household (art. 965): this is the estimate on
 *   what this investor recorded, not on a spouse's holdings.
 *
 * Rounding: products value × share × allowance are summed exactly and
 * rounded half away from zero to the cent once per figure; the tax of each
 * bracket is summed exactly and rounded once; the décote is rounded once;
 * net tax = gross tax − décote, so the figures agree. The tax office rounds
 * to the euro; the estimate keeps cents.
 */
import { isCents, roundHalfAwayFromZero, type Cents } from './money'
import { ifiScaleOn, type IfiScale } from './ifiScale'
import { categoryKind, isCategory, type Category } from '../patrimony/categories'
import { financedAssetId, type LoanFields } from '../patrimony/loans'

/** The categories the estimate counts as real estate. */
export const IFI_REAL_ESTATE_CATEGORIES = ['main-home', 'rental-property', 'scpi'] as const satisfies readonly Category[]

/** The part of an asset document (`GET /api/assets?depth=0`) the estimate reads. */
export type IfiAssetDoc = LoanFields & {
  id: string | number
  kind: string
  category: string
  valueCents: number
  ownershipSharePct?: number | null
  ownership?: string | null
}

export interface IfiEstimate {
  /** `validFrom` of the scale applied. */
  scaleValidFrom: string
  /** Real estate counted before the allowance (investor's share; usufruct at full value, bare ownership 0). */
  realEstateCents: Cents
  /** 30 % of the counted main residence. */
  mainResidenceAllowanceCents: Cents
  /** Debts linked to counted property, after the art. 974 II cap. */
  deductibleDebtsCents: Cents
  /** Debts not linked to counted property: not deducted. */
  debtsNotLinkedCents: Cents
  /** Net taxable real estate: real estate − allowance − deductible debts, at least 0. */
  netTaxableCents: Cents
  /** Net taxable strictly above the entry threshold (1 300 000 €). */
  liable: boolean
  /** Tax by the brackets (0 when not liable). */
  grossTaxCents: Cents
  /** Décote between 1 300 000 € and 1 400 000 € (0 outside). */
  decoteCents: Cents
  /** gross tax − décote, at least 0. */
  netTaxCents: Cents
}

const isRealEstate = (category: string) => (IFI_REAL_ESTATE_CATEGORIES as readonly string[]).includes(category)
const shareOf = (doc: IfiAssetDoc) => doc.ownershipSharePct ?? 100
const countable = (doc: IfiAssetDoc) =>
  isCategory(doc.category) && categoryKind(doc.category) === doc.kind && isCents(doc.valueCents) && doc.valueCents >= 0 &&
  shareOf(doc) >= 0 && shareOf(doc) <= 100

/** Tax of `baseCents` by the brackets, in exact units of cent × bp (÷ 10 000 for cents). */
function bracketsTaxUnits(baseCents: Cents, scale: IfiScale): number {
  let units = 0
  for (const { fromCents, toCents, rateBp } of scale.brackets) {
    const top = toCents === null ? baseCents : Math.min(baseCents, toCents)
    if (top > fromCents) units += (top - fromCents) * rateBp
  }
  return units
}

/**
 * The IFI estimate of a list of asset documents on `date` (the scale in
 * force that Paris day; the IFI is assessed on the patrimony of 1 January).
 * Documents that cannot be counted (unknown category, bad amount) are skipped.
 */
export function ifiEstimate(docs: readonly IfiAssetDoc[], date: Date, scale: IfiScale = ifiScaleOn(date)): IfiEstimate {
  // Hundredths of a cent: value × share (percent).
  let realEstate = 0
  let mainHome = 0
  const taxedIds = new Set<string>()
  for (const doc of docs) {
    if (doc.kind !== 'asset' || !isRealEstate(doc.category) || !countable(doc)) continue
    if (doc.ownership === 'bare') continue
    const weighted = doc.valueCents * shareOf(doc)
    realEstate += weighted
    if (doc.category === 'main-home') mainHome += weighted
    taxedIds.add(String(doc.id))
  }
  let linkedDebts = 0
  let otherDebts = 0
  for (const doc of docs) {
    if (doc.kind !== 'liability' || !countable(doc)) continue
    const target = financedAssetId(doc.financedAsset)
    const weighted = doc.valueCents * shareOf(doc)
    if (target !== null && taxedIds.has(target)) linkedDebts += weighted
    else otherDebts += weighted
  }

  const realEstateCents = roundHalfAwayFromZero(realEstate / 100)
  const mainResidenceAllowanceCents = roundHalfAwayFromZero((mainHome * scale.mainResidenceAllowancePct) / 10_000)
  const taxableValueCents = realEstateCents - mainResidenceAllowanceCents
  const debtsCents = roundHalfAwayFromZero(linkedDebts / 100)
  const { aboveCents, shareOfValuePct, deductiblePct } = scale.debtCap
  const capCents = roundHalfAwayFromZero((taxableValueCents * shareOfValuePct) / 100)
  const deductibleDebtsCents =
    taxableValueCents > aboveCents && debtsCents > capCents
      ? capCents + roundHalfAwayFromZero(((debtsCents - capCents) * deductiblePct) / 100)
      : debtsCents
  const netTaxableCents = Math.max(0, taxableValueCents - deductibleDebtsCents)
  const liable = netTaxableCents > scale.entryThresholdCents
  const grossTaxCents = liable ? roundHalfAwayFromZero(bracketsTaxUnits(netTaxableCents, scale) / 10_000) : 0
  const { upToCents, constantCents, rateBp } = scale.decote
  const decoteCents =
    liable && netTaxableCents < upToCents
      ? Math.min(grossTaxCents, Math.max(0, roundHalfAwayFromZero((constantCents * 10_000 - netTaxableCents * rateBp) / 10_000)))
      : 0
  return {
    scaleValidFrom: scale.validFrom,
    realEstateCents,
    mainResidenceAllowanceCents,
    deductibleDebtsCents,
    debtsNotLinkedCents: roundHalfAwayFromZero(otherDebts / 100),
    netTaxableCents,
    liable,
    grossTaxCents,
    decoteCents,
    netTaxCents: grossTaxCents - decoteCents,
  }
}
