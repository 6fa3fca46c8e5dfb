/**
 * Legal ceilings of French regulated savings, in cents — the one table in
 * Atlas. Change a figure here, with its source, and nowhere else.
 *
 * Sources (checked 2026-11-25 against the stored copies listed; the newest
 * is dated 2025 — no live check was possible, re-verify on service-public.fr
 * or Légifrance when a ceiling is said to change):
 * - Livret A 22 950 € (individuals; 76 500 € for associations, not modelled),
 *   LDDS 12 000 €, LEP 10 000 € (raised from 7 700 € in 2023): all three
 *   "hors intérêts" — edixit.patrimoine.com aide-mémoire « Livrets
 *   d’épargne » (rates valid to 31.01.2025), monpetitplacement.fr « plafond
 *   des livrets d’épargne ».
 * - PEL 61 200 € of deposits, unchanged since 1996 — empruntis.com « PEL
 *   plafonds », mondemain.fr « PEL et CEL : quels sont les plafonds ».
 * - PEA 150 000 € of cash contributions since opening — art. L221-30 Code
 *   monétaire et financier (loi PACTE 2019-486, art. 90). The 20 000 € PEA
 *   of a young adult attached to the parents' tax household is not modelled.
 * - PEA-PME 225 000 € of contributions, and 225 000 € for PEA + PEA-PME
 *   together — art. L221-32-1 CMF and D221-113-1 (loi PACTE, since
 *   24 May 2019). Going over closes the plan (art. D221-113-3).
 *
 * What is compared with the ceiling (`ceilingSubject`):
 * - PEA and PEA-PME: the contributions the user declares (versements), not
 *   the market value, which gains and losses move freely.
 * - Livret A, LDDS, LEP, PEL: the ceiling caps deposits; capitalised interest
 *   may take the balance above it (a Livret A at 23 100 € with 22 950 € paid
 *   in is lawful). The asset stores the two apart: `contributionsCents` are
 *   the deposits, `valueCents` the balance, interest is the difference.
 *   When the deposits are declared they are what is compared; when they are
 *   not, the balance is (deposits can be no more than the balance plus
 *   withdrawals, and a balance within the ceiling needs no more question),
 *   and a balance over it is refused with a message asking for the deposits.
 *   (Strictly, for the livrets, interest already credited counts when
 *   computing how much more may be deposited — a subtlety left to the
 *   advisor.)
 */
import type { Cents } from '../finance/money'
import { assertCents } from '../finance/money'
import type { AssetCategory } from './categories'

export type CeilingCategory = 'livret-a' | 'ldds' | 'lep' | 'pel' | 'pea' | 'pea-pme'

/** Ceilings in cents, per holder. */
export const CEILINGS_CENTS: Readonly<Record<CeilingCategory, Cents>> = {
  'livret-a': 2_295_000, // 22 950 €
  ldds: 1_200_000, // 12 000 €
  lep: 1_000_000, // 10 000 €
  pel: 6_120_000, // 61 200 €
  pea: 15_000_000, // 150 000 €, contributions
  'pea-pme': 22_500_000, // 225 000 €, contributions
}

/** PEA + PEA-PME contributions together may not exceed this (art. L221-32-1 CMF). */
export const PEA_COMBINED_CEILING_CENTS: Cents = 22_500_000 // 225 000 €

export interface CeilingExceeded {
  code: 'ceiling_exceeded'
  ceilingCents: Cents
}

/** The ceiling of a category in cents, or `null` when it has none. */
export function ceilingOf(category: AssetCategory): Cents | null {
  return hasCeiling(category) ? CEILINGS_CENTS[category] : null
}

/** True for the six categories with a legal ceiling. */
export function hasCeiling(category: AssetCategory): category is CeilingCategory {
  return Object.hasOwn(CEILINGS_CENTS, category)
}

/**
 * Compare what the user declares for one envelope with its ceiling:
 * contributions for `pea` / `pea-pme`, balance without interest for the
 * others (see the file comment). Reaching the ceiling exactly is allowed.
 * Returns `null` when within the ceiling or when the category has none.
 *
 * Example: a Livret A declared at 23 000 € = 2 300 000 c > 2 295 000 c →
 * `{ code: 'ceiling_exceeded', ceilingCents: 2_295_000 }`.
 */
export function checkCeiling(
  category: AssetCategory,
  contributionsOrBalanceCents: Cents,
): CeilingExceeded | null {
  assertCents(contributionsOrBalanceCents, 'contributionsOrBalanceCents')
  const ceilingCents = ceilingOf(category)
  if (ceilingCents === null || contributionsOrBalanceCents <= ceilingCents) return null
  return { code: 'ceiling_exceeded', ceilingCents }
}

/**
 * The combined PEA + PEA-PME rule: contributions on both plans together may
 * not exceed 225 000 €. Each plan's own ceiling is checked by `checkCeiling`.
 *
 * Example: 150 000 € on the PEA + 80 000 € on the PEA-PME = 230 000 € >
 * 225 000 € → exceeded (the PEA-PME alone, 80 000 €, is within its own).
 */
export function checkPeaCombinedCeiling(
  peaContributionsCents: Cents,
  peaPmeContributionsCents: Cents,
): CeilingExceeded | null {
  assertCents(peaContributionsCents, 'peaContributionsCents')
  assertCents(peaPmeContributionsCents, 'peaPmeContributionsCents')
  if (peaContributionsCents + peaPmeContributionsCents <= PEA_COMBINED_CEILING_CENTS) return null
  return { code: 'ceiling_exceeded', ceilingCents: PEA_COMBINED_CEILING_CENTS }
}

/** Which stored amount of an asset the ceiling is compared with. */
export type CeilingSubject = {
  path: 'valueCents' | 'contributionsCents'
  amountCents: Cents
  /** True when the balance stands in for deposits that were not declared. */
  balanceOnly: boolean
}

/**
 * The amount of one asset to compare with its category's ceiling (see the
 * file comment): contributions for a PEA or PEA-PME (none declared → nothing
 * to check); for a livret or PEL, the declared deposits, else the balance.
 * Returns `null` when the category has no ceiling or no amount applies.
 *
 * Example: a Livret A with a balance of 23 100 € and 22 950 € of deposits
 * → `{ path: 'contributionsCents', amountCents: 2_295_000 }`: within the
 * ceiling, the 150 € above it are interest.
 */
export function ceilingSubject(
  category: AssetCategory,
  valueCents: unknown,
  contributionsCents: unknown,
): CeilingSubject | null {
  if (!hasCeiling(category)) return null
  const whole = (n: unknown): n is Cents => typeof n === 'number' && Number.isSafeInteger(n)
  if (whole(contributionsCents)) return { path: 'contributionsCents', amountCents: contributionsCents, balanceOnly: false }
  if (category === 'pea' || category === 'pea-pme' || !whole(valueCents)) return null
  return { path: 'valueCents', amountCents: valueCents, balanceOnly: true }
}
