/**
 * French VAT on invoice lines, in integer euro cents (docs/decisions/035-invoices.md).
 *
 * A line is priced either HT (a manual invoice: unit price excl. VAT ×
 * quantity) or TTC (a subscription: Stripe charges a price incl. VAT). Its
 * VAT is computed on the line and rounded to the cent, halves up (away from
 * zero); the totals per rate and of the invoice are sums of the lines, so
 * HT + TVA = TTC holds exactly on every line, every rate and the whole.
 * Rates are basis points: 2000 = 20 %, 550 = 5,5 %, 0 = none (franchise en
 * base, art. 293 B du CGI: every rate is 0 and the invoice says so).
 */
import type { Cents } from '../finance/money'

/** 20 %: the normal rate in mainland France. */
export const STANDARD_VAT_RATE_BPS = 2000
const BPS = 10_000

/** `numerator / denominator` rounded to an integer, halves away from zero, in exact integer arithmetic (denominator > 0). */
function divideRounded(numerator: number, denominator: number): number {
  const quotient = Math.trunc(numerator / denominator)
  const remainder = numerator - quotient * denominator
  const away = 2 * Math.abs(remainder) >= denominator ? Math.sign(numerator) : 0
  const result = quotient + away
  return result === 0 ? 0 : result
}

function assertRate(rateBps: number): void {
  if (!Number.isSafeInteger(rateBps) || rateBps < 0 || rateBps > BPS) throw new RangeError(`VAT rate must be 0…10000 bps, got ${rateBps}`)
}

function assertWhole(value: number, label: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${label} must be an integer, got ${value}`)
}

/** The VAT on an amount excl. VAT, rounded to the cent (halves up): 1 234 c at 20 % → 246,8 → 247 c. */
export function vatOf(exclVatCents: Cents, rateBps: number): Cents {
  assertWhole(exclVatCents, 'amount excl. VAT')
  assertRate(rateBps)
  return divideRounded(exclVatCents * rateBps, BPS)
}

/**
 * Split an amount incl. VAT into HT and TVA with `htCents + vatCents === ttcCents`
 * exactly: HT = TTC / (1 + rate) rounded to the cent, TVA the rest.
 * 29,00 € at 20 % → 2 900 / 1,2 = 2 416,67 → HT 2 417 c, TVA 483 c.
 */
export function fromInclVat(ttcCents: Cents, rateBps: number): { htCents: Cents; vatCents: Cents } {
  assertWhole(ttcCents, 'amount incl. VAT')
  assertRate(rateBps)
  const htCents = divideRounded(ttcCents * BPS, BPS + rateBps)
  return { htCents, vatCents: ttcCents - htCents }
}

/** A line as typed (HT unit price) or as charged (`inclVatCents`, the line's TTC total: then the unit price is derived). */
export type VatLineInput = {
  label: string
  quantity: number
  vatRateBps: number
  unitExclVatCents?: Cents | null
  inclVatCents?: Cents | null
}

export type VatLine = {
  label: string
  quantity: number
  vatRateBps: number
  unitExclVatCents: Cents
  exclVatCents: Cents
  vatCents: Cents
  inclVatCents: Cents
}

export type VatRateTotal = { vatRateBps: number; exclVatCents: Cents; vatCents: Cents; inclVatCents: Cents }

export type InvoiceTotals = {
  lines: VatLine[]
  /** One row per rate, highest rate first. */
  byRate: VatRateTotal[]
  exclVatCents: Cents
  vatCents: Cents
  inclVatCents: Cents
}

/**
 * One line's amounts. HT-priced: HT = unit × quantity, TVA = vatOf(HT).
 * TTC-priced: HT and TVA from `fromInclVat` of the line's TTC; the unit price
 * HT is HT / quantity when that is whole cents, else the line is shown as
 * one unit of its total (the quantity goes to the label).
 */
export function computeLine(input: VatLineInput, franchise = false): VatLine {
  const vatRateBps = franchise ? 0 : input.vatRateBps
  assertWhole(input.quantity, 'quantity')
  if (input.quantity < 1) throw new RangeError(`quantity must be at least 1, got ${input.quantity}`)
  if (input.inclVatCents !== undefined && input.inclVatCents !== null) {
    const { htCents, vatCents } = fromInclVat(input.inclVatCents, vatRateBps)
    const whole = htCents % input.quantity === 0
    return {
      label: whole || input.quantity === 1 ? input.label : `${input.label} (× ${input.quantity})`,
      quantity: whole ? input.quantity : 1,
      vatRateBps,
      unitExclVatCents: whole ? htCents / input.quantity : htCents,
      exclVatCents: htCents,
      vatCents,
      inclVatCents: input.inclVatCents,
    }
  }
  const unit = input.unitExclVatCents ?? 0
  assertWhole(unit, 'unit price excl. VAT')
  const exclVatCents = unit * input.quantity
  const vatCents = vatOf(exclVatCents, vatRateBps)
  return { label: input.label, quantity: input.quantity, vatRateBps, unitExclVatCents: unit, exclVatCents, vatCents, inclVatCents: exclVatCents + vatCents }
}

/** Every line, the totals per rate (sums of the lines) and of the invoice. Under the franchise every rate is 0. */
export function computeInvoiceTotals(inputs: readonly VatLineInput[], { franchise = false }: { franchise?: boolean } = {}): InvoiceTotals {
  const lines = inputs.map((input) => computeLine(input, franchise))
  const rates = new Map<number, VatRateTotal>()
  for (const line of lines) {
    const total = rates.get(line.vatRateBps) ?? { vatRateBps: line.vatRateBps, exclVatCents: 0, vatCents: 0, inclVatCents: 0 }
    total.exclVatCents += line.exclVatCents
    total.vatCents += line.vatCents
    total.inclVatCents += line.inclVatCents
    rates.set(line.vatRateBps, total)
  }
  const byRate = [...rates.values()].sort((a, b) => b.vatRateBps - a.vatRateBps)
  const sum = (key: 'exclVatCents' | 'vatCents' | 'inclVatCents') => byRate.reduce((acc, rate) => acc + rate[key], 0)
  return { lines, byRate, exclVatCents: sum('exclVatCents'), vatCents: sum('vatCents'), inclVatCents: sum('inclVatCents') }
}

/** "20 %", "5,5 %" (fr) / "20%", "5.5%" (en) for a rate in basis points. */
export function formatVatRate(rateBps: number, locale: 'fr' | 'en'): string {
  const value = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(rateBps / 100)
  return locale === 'en' ? `${value}%` : `${value}\u00a0%`
}
