import type { CollectionBeforeChangeHook } from 'payload'

/** Symbol and quantity belong to crypto only: moving an asset to another category drops them. */
export const clearCryptoFields: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const category = data.category ?? originalDoc?.category
  if (category !== 'crypto') {
    data.cryptoSymbol = null
    data.cryptoQuantity = null
  }
  return data
}
