/**
 * How soon each asset category's money can be had, as the bilan prints it
 * (docs/decisions/039-bilan-pdf.md). Three classes, decided from the
 * existing categories:
 *
 * - `liquid` (disponible): current accounts and regulated passbooks — the
 *   emergency fund's own list (finance/emergencyFund.ts), so the two
 *   sections of the bilan agree;
 * - `conditional` (disponible sous conditions): money that can be had within
 *   days or weeks at a price or a condition — PEL (closing ends the plan),
 *   life insurance (surrender: up to two months, tax after 8 years), PEA and
 *   PEA-PME (a withdrawal before 5 years closes the plan), securities and
 *   crypto (sold at the market's price), other assets;
 * - `unavailable` (indisponible): locked by law or by the market — PER
 *   (until retirement, save the legal early-release cases), employee savings
 *   (5 years or retirement), property and SCPI (a sale takes months),
 *   unlisted business interests, valuables.
 */
import { EMERGENCY_FUND_CATEGORIES } from '@atlas/shared/finance/emergencyFund'
import type { AssetCategory } from '@atlas/shared/patrimony/categories'

export const AVAILABILITY_CLASSES = ['liquid', 'conditional', 'unavailable'] as const
export type Availability = (typeof AVAILABILITY_CLASSES)[number]

const CONDITIONAL: readonly AssetCategory[] = ['pel', 'life-insurance-euro', 'life-insurance-unit-linked', 'pea', 'pea-pme', 'securities-account', 'crypto', 'other']

export function availabilityOf(category: AssetCategory): Availability {
  if ((EMERGENCY_FUND_CATEGORIES as readonly string[]).includes(category)) return 'liquid'
  return CONDITIONAL.includes(category) ? 'conditional' : 'unavailable'
}
