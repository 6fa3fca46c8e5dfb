/**
 * The IFI (impôt sur la fortune immobilière) scale as dated data: a finance
 * law that changes a threshold, a bracket or the décote adds an entry here
 * with its `validFrom`, and nothing else changes. `ifiScaleOn` picks the
 * entry in force on a date.
 *
 * In force since 1 January 2018 (loi 2017-1837 de finances pour 2018, art. 31),
 * unchanged since — re-verify on Légifrance (CGI art. 964, 973, 974, 977)
 * or impots.gouv.fr when a finance law is said to change it:
 * - art. 964: liable when the net taxable real estate exceeds 1 300 000 €;
 * - art. 977: brackets 0 % up to 800 000 €, 0.5 % to 1 300 000 €, 0.7 % to
 *   2 570 000 €, 1 % to 5 000 000 €, 1.25 % to 10 000 000 €, 1.5 % above;
 *   décote for a net taxable patrimony between 1 300 000 € and 1 400 000 €:
 *   17 500 € − 1.25 % × the net taxable patrimony;
 * - art. 973 I: 30 % allowance on the main residence's value;
 * - art. 974 II: when the taxable value exceeds 5 000 000 € and the debts
 *   exceed 60 % of it, the debts above that 60 % are deductible for half only.
 *
 * Amounts in cents, rates in basis points (50 bp = 0.5 %).
 */
import { dayKeyParis, type DayKey } from './dates'
import type { Cents } from './money'

export interface IfiBracket {
  /** Lower bound of the bracket (included), in cents. */
  fromCents: Cents
  /** Upper bound (excluded for the next bracket), or null for the last one. */
  toCents: Cents | null
  rateBp: number
}

export interface IfiScale {
  /** First Paris day the scale applies to. */
  validFrom: DayKey
  /** Liable when the net taxable real estate is strictly above this. */
  entryThresholdCents: Cents
  brackets: readonly IfiBracket[]
  /** décote = constant − rate × net taxable, for a net taxable above the entry threshold and below `upToCents`. */
  decote: { upToCents: Cents; constantCents: Cents; rateBp: number }
  /** Allowance on the main residence's value, in percent. */
  mainResidenceAllowancePct: number
  /** Art. 974 II: above `aboveCents` of taxable value, debts over `shareOfValuePct` % of it count for `deductiblePct` %. */
  debtCap: { aboveCents: Cents; shareOfValuePct: number; deductiblePct: number }
}

/** Every scale, oldest first. */
export const IFI_SCALES: readonly IfiScale[] = [
  {
    validFrom: '2018-01-01',
    entryThresholdCents: 130_000_000, // 1 300 000 €
    brackets: [
      { fromCents: 0, toCents: 80_000_000, rateBp: 0 }, // ≤ 800 000 €
      { fromCents: 80_000_000, toCents: 130_000_000, rateBp: 50 }, // 800 000 – 1 300 000 €: 0.5 %
      { fromCents: 130_000_000, toCents: 257_000_000, rateBp: 70 }, // 1 300 000 – 2 570 000 €: 0.7 %
      { fromCents: 257_000_000, toCents: 500_000_000, rateBp: 100 }, // 2 570 000 – 5 000 000 €: 1 %
      { fromCents: 500_000_000, toCents: 1_000_000_000, rateBp: 125 }, // 5 – 10 M€: 1.25 %
      { fromCents: 1_000_000_000, toCents: null, rateBp: 150 }, // > 10 M€: 1.5 %
    ],
    decote: { upToCents: 140_000_000, constantCents: 1_750_000, rateBp: 125 }, // 17 500 € − 1.25 % × P, P < 1 400 000 €
    mainResidenceAllowancePct: 30,
    debtCap: { aboveCents: 500_000_000, shareOfValuePct: 60, deductiblePct: 50 },
  },
]

/**
 * The scale in force on the Paris day of `date`: the entry with the latest
 * `validFrom` not after it. Throws `RangeError` before the IFI existed
 * (1 January 2018: before, the ISF applied).
 */
export function ifiScaleOn(date: Date, scales: readonly IfiScale[] = IFI_SCALES): IfiScale {
  const day = dayKeyParis(date)
  let found: IfiScale | undefined
  for (const scale of scales) if (scale.validFrom <= day && (!found || scale.validFrom > found.validFrom)) found = scale
  if (!found) throw new RangeError(`no IFI scale in force on ${day}`)
  return found
}
