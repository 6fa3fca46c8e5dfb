import type { DateFieldValidation, Field, FilterOptions, RelationshipFieldSingleValidation, Where } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { financedAssetId } from '@atlas/shared/patrimony/loans'
import { moneyField } from '../../fields/moneyField'
import { calendarDate } from '../../fields/validators'
import { requestLocale } from '../../i18n/requestLocale'
import { MAX_CENTS } from './detailFields'

const isLiability = (siblingData: unknown) => (siblingData as { kind?: unknown } | undefined)?.kind === 'liability'
const SERIAL_ID = /^[1-9]\d{0,9}$/

/** The same investor's assets (not debts, not the loan itself): what the admin's picker offers. */
const ownAssets: FilterOptions = ({ data, id }) => {
  const owner = financedAssetId((data as { owner?: never } | undefined)?.owner ?? null)
  if (owner === null) return false
  const conditions: Where[] = [{ owner: { equals: owner } }, { kind: { equals: 'asset' } }]
  if (id) conditions.push({ id: { not_equals: id } })
  return { and: conditions }
}

/**
 * The financed asset must be one of the loan owner's own assets. It is
 * looked up with `overrideAccess` inside the request's transaction, but
 * another investor's asset gets exactly the answer of an id that does not
 * exist, so nothing can be learnt about it. The owner's own debts get their
 * own message. Replaces Payload's relationship validator (which would re-run
 * `filterOptions` with the saver's read access and answer in English).
 */
const validateFinancedAsset: RelationshipFieldSingleValidation = async (value, { data, req }) => {
  const target = financedAssetId(value as never)
  if (target === null) return true
  const locale = requestLocale(req)
  const unknown = translate(locale, 'errors.loan.financedAssetUnknown')
  const owner = financedAssetId((data as { owner?: never }).owner ?? null)
  if (!SERIAL_ID.test(target) || owner === null) return unknown
  const found = await req.payload.find({
    collection: 'assets',
    where: { id: { equals: Number(target) } },
    select: { owner: true, kind: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const asset = found.docs[0]
  if (!asset || financedAssetId(asset.owner as never) !== owner) return unknown
  return asset.kind === 'asset' || translate(locale, 'errors.loan.financedAssetIsDebt')
}

const validateEndsAt: DateFieldValidation = (value, options) => {
  const valid = calendarDate(value, options)
  return valid === true ? true : translate(requestLocale(options.req), 'errors.loan.endsAt')
}

/**
 * What a debt finances, its monthly repayment and its end date
 * (docs/decisions/032-loans-linked-to-assets.md). Debts only: a hook clears
 * them on an asset. Deleting the financed asset clears the link (the
 * column's foreign key is ON DELETE SET NULL); the loan stays.
 */
export const loanFields: Field[] = [
  {
    name: 'financedAsset',
    label: { fr: 'Bien financé', en: 'Financed asset' },
    type: 'relationship',
    relationTo: 'assets',
    index: true,
    filterOptions: ownAssets,
    validate: validateFinancedAsset,
    admin: {
      condition: (_data, siblingData) => isLiability(siblingData),
      description: { fr: 'Le bien de ce même client que ce crédit a financé.', en: 'The same client’s asset this loan financed.' },
    },
  },
  {
    type: 'row',
    admin: { condition: (_data, siblingData) => isLiability(siblingData) },
    fields: [
      moneyField({
        name: 'monthlyPaymentCents',
        label: { fr: 'Mensualité', en: 'Monthly repayment' },
        max: MAX_CENTS,
        admin: {
          condition: (_data, siblingData) => isLiability(siblingData),
          description: { fr: 'Assurance comprise.', en: 'Insurance included.' },
        },
      }),
      {
        name: 'endsAt',
        label: { fr: 'Date de fin', en: 'End date' },
        type: 'date',
        hooks: { beforeValidate: [({ value }) => (value === '' ? null : value)] },
        validate: validateEndsAt,
        admin: {
          condition: (_data, siblingData) => isLiability(siblingData),
          date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
        },
      },
    ],
  },
]
