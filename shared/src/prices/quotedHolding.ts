/**
 * Which holdings are "cotés" — valued from quantity × price — and what they
 * hold. Crypto keeps its own fields (cryptoSymbol, cryptoQuantity, both
 * required); a PEA, PEA-PME or compte-titres line may name a listed security
 * (listedSymbol: ISIN or ticker, listedQuantity: number of shares), both or
 * neither. See docs/decisions/031-prices-and-quoted-holdings.md.
 */
import { isCryptoQuantity, isCryptoSymbol } from '../patrimony/assetRules'

/** Account categories that hold listed securities (ETF, shares). */
export const LISTED_CATEGORIES = ['pea', 'pea-pme', 'securities-account'] as const

export const isListedCategory = (value: unknown): boolean =>
  typeof value === 'string' && (LISTED_CATEGORIES as readonly string[]).includes(value)

/** An ISIN: 2 letters, 9 letters or digits, 1 check digit (FR0000120073). */
export const ISIN = /^[A-Z]{2}[A-Z0-9]{9}\d$/
/** A Euronext ticker (mnemonic): 1–6 capitals or digits, starting with a letter (AI, MC, CW8, EWLD). */
export const TICKER = /^[A-Z][A-Z0-9]{0,5}$/

export const isListedSymbol = (value: unknown): value is string =>
  typeof value === 'string' && (ISIN.test(value) || TICKER.test(value))

/** Shares may be fractional at some brokers: the same bounds as a crypto quantity. */
export const isListedQuantity = isCryptoQuantity

export type QuotedFields = {
  category?: unknown
  cryptoSymbol?: unknown
  cryptoQuantity?: unknown
  listedSymbol?: unknown
  listedQuantity?: unknown
}

/** The symbol and quantity a holding is valued from, or null when its value is typed by hand. */
export function quotedHoldingOf(doc: QuotedFields): { symbol: string; quantity: number } | null {
  if (doc.category === 'crypto') {
    return isCryptoSymbol(doc.cryptoSymbol) && isCryptoQuantity(doc.cryptoQuantity)
      ? { symbol: doc.cryptoSymbol, quantity: doc.cryptoQuantity }
      : null
  }
  if (isListedCategory(doc.category)) {
    return isListedSymbol(doc.listedSymbol) && isListedQuantity(doc.listedQuantity)
      ? { symbol: doc.listedSymbol, quantity: doc.listedQuantity }
      : null
  }
  return null
}
