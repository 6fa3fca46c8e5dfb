/**
 * Dismembered property (démembrement): the usufruct and the bare ownership
 * valued by the scale of art. 669 I CGI (`usufructValueShare`, in
 * finance/netWorth.ts), by the usufructuary's age.
 *
 * An asset records `ownership` (`full`, `usufruct`, `bare`) and
 * `valueCents`, the value of the whole property in full ownership, with the
 * investor's `ownershipSharePct`. Two figures come out of it:
 * - the full value: value × share — what patrimony totals count (netWorth,
 *   the dashboard, the history; docs/decisions/037-calculations-ifi-669-liquidity.md);
 * - the economic value: the full value × the usufruct's share (usufruct) or
 *   the bare ownership's (bare), by art. 669 — shown beside it.
 *
 * The usufructuary's age: for a usufruct held by the investor it is theirs
 * (their birth date in the questionnaire). For a bare ownership the
 * usufructuary is someone else, whose birth date Atlas does not record: the
 * economic value is then unknown (null) unless the age is given. A
 * fixed-term usufruct (art. 669 II, 23 % per ten years) is not modelled.
 */
import { completedYearsParis } from '../finance/dates'
import { isCents, roundHalfAwayFromZero, type Cents } from '../finance/money'
import { usufructValueShare } from '../finance/netWorth'
import { isOwnership, type OwnershipKind } from './assetRules'

export interface DismemberedValue {
  ownership: OwnershipKind
  /** The investor's share of the full-ownership value: value × share / 100, rounded once. */
  fullValueCents: Cents
  /** The art. 669 value of what the investor holds; equal to the full value in full ownership; null when the usufructuary's age is unknown. */
  economicValueCents: Cents | null
  /** The usufruct's percentage used (90 … 10), null in full ownership or without an age. */
  usufructPct: number | null
}

/**
 * Full and economic value of one holding. The usufruct part is
 * full × usufruct % rounded half away from zero to the cent, the bare
 * ownership the rest, so the two parts of one property always add up.
 *
 * Example: a flat of 300 000 € with a usufructuary aged 65 (61–70 → 40 %):
 * usufruct 120 000 €, bare ownership 180 000 €.
 */
export function dismemberedValue(
  holding: { valueCents: Cents; ownershipSharePct?: number | null; ownership?: string | null },
  usufructuaryAge: number | null,
): DismemberedValue {
  const { valueCents } = holding
  const share = holding.ownershipSharePct ?? 100
  if (!isCents(valueCents) || valueCents < 0) throw new RangeError(`valueCents must be non-negative cents, got ${valueCents}`)
  if (!(share >= 0 && share <= 100)) throw new RangeError(`ownershipSharePct must be within 0–100, got ${share}`)
  const ownership: OwnershipKind = isOwnership(holding.ownership) ? holding.ownership : 'full'
  const fullValueCents = roundHalfAwayFromZero((valueCents * share) / 100)
  if (ownership === 'full') return { ownership, fullValueCents, economicValueCents: fullValueCents, usufructPct: null }
  if (usufructuaryAge === null) return { ownership, fullValueCents, economicValueCents: null, usufructPct: null }
  const usufructPct = usufructValueShare(usufructuaryAge)
  const usufructCents = roundHalfAwayFromZero((fullValueCents * usufructPct) / 100)
  return {
    ownership,
    fullValueCents,
    economicValueCents: ownership === 'usufruct' ? usufructCents : fullValueCents - usufructCents,
    usufructPct,
  }
}

/**
 * The usufructuary's age for a holding of the investor born on `birthDate`
 * ('YYYY-MM-DD', or null), on the Paris calendar at `now`: the investor's
 * own age for a usufruct, null for a bare ownership (the usufructuary is not
 * recorded) or without a birth date.
 */
export function usufructuaryAgeOf(ownership: string | null | undefined, birthDate: string | null | undefined, now: Date): number | null {
  if (ownership !== 'usufruct' || typeof birthDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null
  const age = completedYearsParis(birthDate, now)
  return age >= 0 ? age : null
}
