import type { CollectionBeforeChangeHook } from 'payload'

/** What a loan finances, its repayment and end date belong to debts only: an asset drops them. */
export const clearLoanFields: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const kind = data.kind ?? originalDoc?.kind
  if (kind !== 'liability') {
    data.financedAsset = null
    data.monthlyPaymentCents = null
    data.endsAt = null
  }
  return data
}
