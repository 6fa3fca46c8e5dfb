import type { CollectionBeforeChangeHook } from 'payload'
import { computeInvoiceTotals } from '@atlas/shared/billing/vat'
import type { Invoice } from '@atlas/shared/payload-types'

/**
 * Every line's HT / TVA / TTC, the VAT per rate and the totals come from the
 * shared calc (shared/src/billing/vat.ts), never from what was typed. Under
 * the VAT franchise (the seller snapshot at issue, the firm's setting before)
 * every rate is 0. Lines the field rules will refuse are left for them to.
 */
export const computeTotals: CollectionBeforeChangeHook<Invoice> = async ({ data, originalDoc, operation, req }) => {
  // On create Payload passes an empty originalDoc: only an update of an issued document is left alone (keepIssuedInvoices refuses it).
  if (operation === 'update' && originalDoc?.status !== 'draft') return data
  const lines = data.lines ?? (operation === 'update' ? originalDoc?.lines : undefined) ?? []
  const franchise =
    data.seller?.vatFranchise ??
    Boolean((await req.payload.findGlobal({ slug: 'firm', req, depth: 0, overrideAccess: true }).catch(() => null))?.invoicing?.vatFranchise)
  let totals
  try {
    totals = computeInvoiceTotals(
      lines.map((line) => ({
        label: line.label ?? '',
        quantity: line.quantity ?? 1,
        vatRateBps: line.vatRateBps ?? 0,
        unitExclVatCents: line.chargedInclVatCents == null ? (line.unitPriceExclVatCents ?? 0) : null,
        inclVatCents: line.chargedInclVatCents,
      })),
      { franchise },
    )
  } catch (error) {
    if (error instanceof RangeError) return data
    throw error
  }
  data.lines = lines.map((line, index) => {
    const computed = totals.lines[index]!
    return {
      ...line,
      label: computed.label,
      quantity: computed.quantity,
      vatRateBps: computed.vatRateBps,
      unitPriceExclVatCents: computed.unitExclVatCents,
      exclVatCents: computed.exclVatCents,
      vatCents: computed.vatCents,
      inclVatCents: computed.inclVatCents,
    }
  })
  data.vatBreakdown = totals.byRate
  data.totalExclVatCents = totals.exclVatCents
  data.totalVatCents = totals.vatCents
  data.totalInclVatCents = totals.inclVatCents
  return data
}
