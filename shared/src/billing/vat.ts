/**
 * The amount excluding VAT inside a VAT-inclusive amount (Atlas's prices are
 * TTC): TTC × 10 000 / (10 000 + rate in basis points), rounded to the cent.
 */
export const exclVatCentsOf = (inclVatCents: number, vatRateBps: number): number =>
  Math.round((inclVatCents * 10_000) / (10_000 + Math.max(0, vatRateBps)))
