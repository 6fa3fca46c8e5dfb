import type { Payload, Where } from 'payload'
import { quotedHoldingOf } from '@atlas/shared/prices/quotedHolding'
import type { QuotesContext } from '../collections/Assets/hooks/priceQuotedHolding'
import { priceProvider } from './priceProvider'
import { parisDay } from './refreshSlot'

const PAGE = 500

type Row = {
  id: number
  category?: string | null
  cryptoSymbol?: string | null
  cryptoQuantity?: number | null
  listedSymbol?: string | null
  listedQuantity?: number | null
  priceAsOf?: string | null
  createdAt?: string | null
}

export type RefreshResult = { refreshed: number; unchanged: number; unknown: number; failed: number }

/** Already valued from this price, a newer one, or another price of the same Paris day: nothing to write. */
const upToDate = (row: Row, asOf: string) =>
  Boolean(row.priceAsOf) && (parisDay(row.priceAsOf!) === parisDay(asOf) || new Date(row.priceAsOf!) >= new Date(asOf))

/**
 * Values every quoted holding (or one investor's, `owner`) at the provider's
 * price of the day. The provider is asked once for all the symbols held, not
 * once per asset; each asset then goes through payload.update, so the value
 * is computed by the same hook as a save (priceQuotedHolding) and
 * recordValuation writes the dated point, at the price's date.
 * Idempotent: a holding already valued at a price of that Paris day is
 * skipped, so running twice a day writes at most one point per asset per day.
 * One failing asset is logged and counted; the others are still refreshed.
 */
export async function refreshQuotedHoldings(payload: Payload, options: { owner?: number } = {}): Promise<RefreshResult> {
  const quoted: Where = {
    or: [
      { and: [{ category: { equals: 'crypto' } }, { cryptoSymbol: { exists: true } }] },
      { listedSymbol: { exists: true } },
    ],
  }
  const rows: Row[] = []
  let after = 0
  for (;;) {
    const page = await payload.find({
      collection: 'assets',
      where: { and: [quoted, { id: { greater_than: after } }, ...(options.owner ? [{ owner: { equals: options.owner } }] : [])] },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { category: true, cryptoSymbol: true, cryptoQuantity: true, listedSymbol: true, listedQuantity: true, priceAsOf: true, createdAt: true },
    })
    rows.push(...(page.docs as unknown as Row[]))
    if (page.docs.length < PAGE) break
    after = Number(page.docs.at(-1)!.id)
  }

  const holdings = rows.map((row) => ({ row, holding: quotedHoldingOf(row) }))
  const symbols = [...new Set(holdings.flatMap(({ holding }) => (holding ? [holding.symbol] : [])))]
  const quotes = symbols.length > 0 ? await priceProvider(payload.logger).quotes(symbols) : new Map()

  const result: RefreshResult = { refreshed: 0, unchanged: 0, unknown: 0, failed: 0 }
  for (const { row, holding } of holdings) {
    const quote = holding ? quotes.get(holding.symbol) : undefined
    if (!quote) {
      result.unknown += 1
      continue
    }
    if (upToDate(row, quote.asOf)) {
      result.unchanged += 1
      continue
    }
    // A point is never dated before the asset existed (a table price older than a holding recorded by hand).
    const valuedAt = row.createdAt && new Date(row.createdAt) > new Date(quote.asOf) ? row.createdAt : quote.asOf
    const context: QuotesContext & { valuedAt: string } = { quotes, valuedAt }
    try {
      await payload.update({ collection: 'assets', id: row.id, data: {}, context, overrideAccess: true, depth: 0 })
      result.refreshed += 1
    } catch (error) {
      payload.logger.error(`[prices] asset ${row.id} not refreshed: ${(error as Error).message}`)
      result.failed += 1
    }
  }
  return result
}
