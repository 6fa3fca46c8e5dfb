/**
 * Rules on the fields of an asset that both the cms (validation) and web
 * (forms) apply, so they agree on what is valid.
 */

/** How a holding is owned, as stored in `assets.ownership`. */
export const OWNERSHIPS = ['full', 'usufruct', 'bare'] as const
export type OwnershipKind = (typeof OWNERSHIPS)[number]

export const isOwnership = (value: unknown): value is OwnershipKind =>
  typeof value === 'string' && (OWNERSHIPS as readonly string[]).includes(value)

/** A crypto ticker: 2–10 capital letters or digits, starting with a letter (BTC, ETH, USDC, 1INCH excluded). */
export const CRYPTO_SYMBOL = /^[A-Z][A-Z0-9]{1,9}$/

export const isCryptoSymbol = (value: unknown): value is string =>
  typeof value === 'string' && CRYPTO_SYMBOL.test(value)

/** Quantities are positive, finite and below a trillion units (no token supply is larger in practice). */
export const MAX_CRYPTO_QUANTITY = 1e12

export const isCryptoQuantity = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_CRYPTO_QUANTITY

/**
 * The investor's share in percent: 0–100 with at most two decimals
 * (33,33 % for a third). 50.005 is refused, not rounded.
 */
export function isOwnershipSharePct(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) return false
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6
}

/** Parse a typed share ("50", "33,33", "12.5") into a number, or null when it is not one. */
export function parseSharePct(input: string): number | null {
  const text = input.trim().replace(/\s|%/g, '').replace(',', '.')
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null
  const value = Number(text)
  return isOwnershipSharePct(value) ? value : null
}

/** Parse a typed crypto quantity ("0,25", "1.5", "1200") into a number, or null. */
export function parseCryptoQuantity(input: string): number | null {
  const text = input.trim().replace(/\s/g, '').replace(',', '.')
  if (!/^\d+(\.\d{1,18})?$/.test(text)) return null
  const value = Number(text)
  return isCryptoQuantity(value) ? value : null
}
