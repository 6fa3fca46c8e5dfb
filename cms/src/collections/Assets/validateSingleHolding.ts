import type { SelectFieldSingleValidation } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { ASSET_CATEGORY_INFO } from '@atlas/shared/patrimony/categories'
import { checkSingleHolding, isSingleHolding } from '@atlas/shared/patrimony/singleHoldings'
import { requestLocale } from '../../i18n/requestLocale'
import { validateCategory } from './categoryOptions'

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value)

/**
 * One Livret A, LDDS, LEP, PEA and PEA-PME per person (shared/patrimony/singleHoldings.ts):
 * a second one for the same owner is refused at `category`, with the other field
 * errors of the same save (a field validator, not a hook that would stop first).
 * The owner's other assets are looked up with `overrideAccess` in the request's
 * transaction, on submit only (not while the admin form is being typed).
 * An update that keeps the category and the owner is never refused, so an
 * older duplicate can still be edited; two creates racing in the same instant
 * could both pass — one person's form, accepted.
 */
export const validateSingleHolding: SelectFieldSingleValidation = async (value, { data, event, id, operation, previousValue, req }) => {
  if (event !== 'submit' || !isSingleHolding(value)) return true
  const owner = idOf((data as { owner?: unknown }).owner)
  if (owner === undefined || owner === null || owner === '') return true
  const others = await req.payload.find({
    collection: 'assets',
    where: { and: [{ owner: { equals: owner } }, { category: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    select: { category: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const second = checkSingleHolding(value, others.docs.map((doc) => doc.category))
  if (!second) return true
  if (operation === 'update' && id && previousValue === value) {
    const before = await req.payload.findByID({ collection: 'assets', id, select: { owner: true }, depth: 0, overrideAccess: true, req })
    if (String(idOf(before.owner)) === String(owner)) return true
  }
  const locale = requestLocale(req)
  return translate(locale, 'errors.asset.singleHolding', { product: ASSET_CATEGORY_INFO[second.category].label[locale] })
}

/** `assets.category`: a known category of the right kind (validateCategory), then one of each per person. */
export const validateAssetCategory: SelectFieldSingleValidation = async (value, options) => {
  const valid = validateCategory(value, options)
  return valid === true ? validateSingleHolding(value, options) : valid
}
