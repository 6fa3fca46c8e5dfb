/**
 * Loans and what they finance (docs/decisions/032-loans-linked-to-assets.md).
 *
 * A liability may name the asset it financed (`financedAsset`: a mortgage
 * its home, a consumer loan a car…), its monthly repayment
 * (`monthlyPaymentCents`, borrower's insurance included) and its end date.
 *
 * Shares: a holding counts `value × ownershipSharePct / 100`, whether owned
 * or owed (finance/netWorth.ts). A property's net value is therefore the
 * investor's share of the property minus the investor's share of each loan
 * linked to it — exactly what those lines add to net worth, so the net values
 * never count anything twice and net worth is unchanged. The monthly
 * repayment is the whole loan's, like its capital: a co-borrower at 50 % owes
 * half of it, and half is what their debt ratio counts.
 */
import { monthsBetweenParis } from '../finance/dates'
import { isCents, roundHalfAwayFromZero, type Cents } from '../finance/money'
import { netWorth, weightedHundredths, type Holding } from '../finance/netWorth'
import { holdingOf } from './holdingOf'

/** The loan fields of an asset document, as `GET /api/assets?depth=0` returns them. */
export type LoanFields = {
  financedAsset?: number | string | { id: number | string } | null
  monthlyPaymentCents?: number | null
  endsAt?: string | null
}

type Doc = LoanFields & {
  id: string | number
  kind: string
  category: string
  label?: string | null
  valueCents: number
  ownershipSharePct?: number | null
}

/** The id a relationship holds, whether populated (`{ id }`) or not (`12`), as text; null when empty. */
export function financedAssetId(value: LoanFields['financedAsset']): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return value.id === undefined || value.id === null ? null : String(value.id)
  return String(value)
}

export type LinkedDebt = {
  id: string
  label: string
  /** The investor's part of the capital still due. */
  countedCents: Cents
  /** The whole loan's monthly repayment, when recorded. */
  monthlyPaymentCents: Cents | null
}

export type FinancedAsset = {
  id: string
  /** The investor's part of the asset's value. */
  grossCents: Cents
  /** The investor's part of the capital still due on the loans linked to it. */
  debtCents: Cents
  /** gross − debt (may be negative: a loan larger than the property's value). */
  netCents: Cents
  debts: LinkedDebt[]
}

export type LoanLink = { financedAssetId: string; financedLabel: string; monthlyPaymentCents: Cents | null; remainingMonths: number | null }

export type LoanLinks = {
  /** Per financed asset id: its gross, linked debts and net value. */
  assets: Record<string, FinancedAsset>
  /** Per loan id: what it finances, its repayment and months left. */
  loans: Record<string, LoanLink>
}

const paymentOf = (doc: LoanFields): Cents | null =>
  isCents(doc.monthlyPaymentCents) && doc.monthlyPaymentCents >= 0 ? doc.monthlyPaymentCents : null

/**
 * Whole Paris calendar months from `now` to the end date (0 once it has
 * passed), or null without a readable date. A loan ending in December 2041
 * seen in December 2026 has 180 months left.
 */
export function remainingMonths(endsAt: string | null | undefined, now: Date): number | null {
  if (!endsAt) return null
  const end = new Date(endsAt)
  if (Number.isNaN(end.getTime())) return null
  return Math.max(0, monthsBetweenParis(now, end))
}

/**
 * Links between the loans and the assets they finance, among documents that
 * can be counted. A link to an asset that is not in the list (deleted) or is
 * itself a debt is ignored. Figures are rounded once per total as `netWorth`
 * does, so gross − debt = net.
 */
export function loanLinks(docs: readonly Doc[], now: Date): LoanLinks {
  const assets = new Map<string, { doc: Doc; holding: Holding }>()
  for (const doc of docs) {
    const holding = holdingOf(doc)
    if (holding?.kind === 'asset') assets.set(String(doc.id), { doc, holding })
  }
  const debtsOf = new Map<string, { doc: Doc; holding: Holding }[]>()
  const loans: Record<string, LoanLink> = {}
  for (const doc of docs) {
    const holding = holdingOf(doc)
    const target = financedAssetId(doc.financedAsset)
    if (holding?.kind !== 'liability' || target === null) continue
    const financed = assets.get(target)
    if (!financed) continue
    debtsOf.set(target, [...(debtsOf.get(target) ?? []), { doc, holding }])
    loans[String(doc.id)] = {
      financedAssetId: target,
      financedLabel: financed.doc.label?.trim() ?? '',
      monthlyPaymentCents: paymentOf(doc),
      remainingMonths: remainingMonths(doc.endsAt, now),
    }
  }
  const financedAssets: Record<string, FinancedAsset> = {}
  for (const [id, debts] of debtsOf) {
    const totals = netWorth([assets.get(id)!.holding, ...debts.map((debt) => debt.holding)])
    financedAssets[id] = {
      id,
      grossCents: totals.grossAssetsCents,
      debtCents: totals.totalLiabilitiesCents,
      netCents: totals.netWorthCents,
      debts: debts.map(({ doc, holding }) => ({
        id: String(doc.id),
        label: doc.label?.trim() ?? '',
        countedCents: roundHalfAwayFromZero(weightedHundredths(holding) / 100),
        monthlyPaymentCents: paymentOf(doc),
      })),
    }
  }
  return { assets: financedAssets, loans }
}

export type LoanRepayments = {
  /** The investor's part of the monthly repayments of every loan that records one. */
  monthlyCents: Cents
  /** How many loans record a repayment above zero. */
  loansWithPayment: number
}

/**
 * Σ monthly repayment × share owed / 100 over the debts that can be counted,
 * rounded half away from zero once: two 50 % loans of 1 000,01 € → 1 000,01 €.
 */
export function loanRepayments(docs: readonly Doc[]): LoanRepayments {
  let hundredths = 0
  let loansWithPayment = 0
  for (const doc of docs) {
    const holding = holdingOf(doc)
    const payment = paymentOf(doc)
    if (holding?.kind !== 'liability' || payment === null || payment === 0) continue
    hundredths += payment * (holding.ownershipSharePct ?? 100)
    loansWithPayment += 1
  }
  return { monthlyCents: roundHalfAwayFromZero(hundredths / 100), loansWithPayment }
}
