import { translate } from '@atlas/shared/i18n'
import { isListedCategory, isListedQuantity, isListedSymbol } from '@atlas/shared/prices/quotedHolding'
import type { Field, NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'
import { number, text } from 'payload/shared'
import { requestLocale } from '../../i18n/requestLocale'
import { QUOTE_SOURCES } from '../../prices/quote'

type Sibling = { category?: unknown; listedSymbol?: unknown; listedQuantity?: unknown } | undefined

const listed = (siblingData: unknown) => isListedCategory((siblingData as Sibling)?.category)
const empty = (value: unknown) => value === null || value === undefined || value === ''

/** Both or neither: a security without a quantity (or the reverse) cannot be valued. */
const validateListedSymbol: TextFieldSingleValidation = (value, options) => {
  if (!listed(options.siblingData)) return true
  const locale = requestLocale(options.req)
  const quantity = (options.siblingData as Sibling)?.listedQuantity
  if (empty(value)) return empty(quantity) || translate(locale, 'errors.asset.listedPair')
  const base = text(value, options)
  if (base !== true) return base
  return isListedSymbol(value) || translate(locale, 'errors.asset.listedSymbol')
}

const validateListedQuantity: NumberFieldSingleValidation = (value, options) => {
  if (!listed(options.siblingData)) return true
  const locale = requestLocale(options.req)
  const symbol = (options.siblingData as Sibling)?.listedSymbol
  if (empty(value)) return empty(symbol) || translate(locale, 'errors.asset.listedPair')
  const base = number(value, options)
  if (base !== true) return base
  return isListedQuantity(value) || translate(locale, 'errors.asset.listedQuantity')
}

const readOnlyWhenPriced = (_data: unknown, siblingData: { priceSource?: unknown }) => Boolean(siblingData?.priceSource)

/**
 * A listed security held on a PEA, PEA-PME or compte-titres line (optional),
 * and the price the value of a quoted holding was computed from — written by
 * the priceQuotedHolding hook only (decision 031).
 */
export const quoteFields: Field[] = [
  {
    type: 'row',
    admin: { condition: (_data, siblingData) => listed(siblingData) },
    fields: [
      {
        name: 'listedSymbol',
        label: { fr: 'Titre coté (ISIN ou code mnémonique)', en: 'Listed security (ISIN or ticker)' },
        type: 'text',
        maxLength: 12,
        hooks: {
          beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() || null : value)],
        },
        validate: validateListedSymbol,
        admin: { condition: (_data, siblingData) => listed(siblingData), placeholder: 'CW8' },
      },
      {
        name: 'listedQuantity',
        label: { fr: 'Nombre de parts', en: 'Number of shares' },
        type: 'number',
        validate: validateListedQuantity,
        admin: { condition: (_data, siblingData) => listed(siblingData), step: 0.0001 },
      },
    ],
  },
  {
    type: 'row',
    admin: { condition: readOnlyWhenPriced },
    fields: [
      {
        name: 'unitPrice',
        label: { fr: 'Cours retenu (€ par part)', en: 'Price used (€ per unit)' },
        type: 'text',
        admin: { readOnly: true, description: { fr: 'Valeur = quantité × cours, calculée par Atlas.', en: 'Value = quantity × price, computed by Atlas.' } },
      },
      {
        name: 'priceAsOf',
        label: { fr: 'Date du cours', en: 'Price date' },
        type: 'date',
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
      },
      {
        name: 'priceSource',
        label: { fr: 'Source du cours', en: 'Price source' },
        type: 'select',
        options: QUOTE_SOURCES.map((value) => ({
          value,
          label: value === 'offline' ? { fr: 'Table des cours d’Atlas', en: 'Atlas price table' } : { fr: 'CoinGecko', en: 'CoinGecko' },
        })),
        admin: { readOnly: true },
      },
    ],
  },
]
