import { moneyField } from '../../fields/moneyField'
import { translate } from '@atlas/shared/i18n'
import {
  OWNERSHIPS,
  isOwnership,
  isCryptoQuantity,
  isCryptoSymbol,
  isOwnershipSharePct,
} from '@atlas/shared/patrimony/assetRules'
import type {
  DateFieldValidation,
  Field,
  NumberFieldSingleValidation,
  SelectFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'
import { number, select, text } from 'payload/shared'
import { requestLocale } from '../../i18n/requestLocale'
import { calendarDate } from '../../fields/validators'

/** Cents are integers; ten billion euros is a generous upper bound. */
export const MAX_CENTS = 1_000_000_000_000

const isCrypto = (siblingData: unknown) => (siblingData as { category?: unknown } | undefined)?.category === 'crypto'

const validateOpenedAt: DateFieldValidation = (value, options) => {
  const valid = calendarDate(value, options)
  if (valid !== true || !value) return valid
  return new Date(value as string | Date).getTime() <= Date.now() || translate(requestLocale(options.req), 'errors.asset.openedInFuture')
}

/** Optional in the schema (it has a default) but never empty: null is refused. */
const validateSharePct: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true && value != null) return base
  return isOwnershipSharePct(value) || translate(requestLocale(options.req), 'errors.asset.sharePct')
}

const validateOwnership: SelectFieldSingleValidation = (value, options) => {
  const base = select(value, options)
  if (base !== true && value != null) return base
  return isOwnership(value) || translate(requestLocale(options.req), 'errors.field.invalid')
}

/** Required for crypto, in capitals; ignored (and cleared by a hook) otherwise. */
const validateCryptoSymbol: TextFieldSingleValidation = (value, options) => {
  if (!isCrypto(options.siblingData)) return true
  const base = text(value, options)
  if (base !== true) return base
  return isCryptoSymbol(value) || translate(requestLocale(options.req), 'errors.asset.cryptoSymbol')
}

const validateCryptoQuantity: NumberFieldSingleValidation = (value, options) => {
  if (!isCrypto(options.siblingData)) return true
  const base = number(value, options)
  if (base !== true && value != null) return base
  return isCryptoQuantity(value) || translate(requestLocale(options.req), 'errors.asset.cryptoQuantity')
}

/** Opening date, contributions, ownership and the crypto details of an asset. */
export const detailFields: Field[] = [
  moneyField({
    name: 'contributionsCents',
    label: { fr: 'Versements', en: 'Contributions' },
    max: MAX_CENTS,
    admin: {
      description: {
        fr: 'Total versé depuis l’ouverture, hors intérêts (solde − versements = intérêts et plus-values). Le plafond d’un Livret A, LDDS, LEP ou PEL porte sur les versements : les intérêts capitalisés peuvent porter le solde au-delà. PEA : 150 000 € de versements.',
        en: 'Total paid in since opening, excluding interest (balance − contributions = interest and gains). The ceiling of a Livret A, LDDS, LEP or PEL caps deposits: capitalised interest may take the balance above it. PEA: 150,000 € of contributions.',
      },
    },
  }),
  {
    name: 'openedAt',
    label: { fr: 'Date d’ouverture', en: 'Opening date' },
    type: 'date',
    // An empty string is "no date" (a cleared form field), never a value for the timestamp column.
    hooks: { beforeValidate: [({ value }) => (value === '' ? null : value)] },
    validate: validateOpenedAt,
    admin: {
      date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      description: { fr: 'Ancienneté fiscale : 5 ans pour un PEA, 8 ans pour une assurance-vie.', en: 'Tax seniority.' },
    },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'ownership',
        label: { fr: 'Détention', en: 'Ownership' },
        type: 'select',
        defaultValue: 'full',
        validate: validateOwnership,
        options: OWNERSHIPS.map((value) => ({
          value,
          label: { fr: translate('fr', `ownership.${value}`), en: translate('en', `ownership.${value}`) },
        })),
      },
      {
        name: 'ownershipSharePct',
        label: { fr: 'Part détenue (%)', en: 'Share owned (%)' },
        type: 'number',
        defaultValue: 100,
        min: 0,
        max: 100,
        validate: validateSharePct,
      },
    ],
  },
  {
    type: 'row',
    admin: { condition: (_data, siblingData) => isCrypto(siblingData) },
    fields: [
      {
        name: 'cryptoSymbol',
        label: { fr: 'Symbole', en: 'Symbol' },
        type: 'text',
        maxLength: 10,
        validate: validateCryptoSymbol,
        admin: { condition: (_data, siblingData) => isCrypto(siblingData), placeholder: 'BTC' },
      },
      {
        name: 'cryptoQuantity',
        label: { fr: 'Quantité', en: 'Quantity' },
        type: 'number',
        validate: validateCryptoQuantity,
        admin: { condition: (_data, siblingData) => isCrypto(siblingData), step: 0.00000001 },
      },
    ],
  },
]
