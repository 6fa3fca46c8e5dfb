import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { ASSET_CATEGORY_INFO } from '@atlas/shared/patrimony/categories'
import { checkSingleHolding, isSingleHolding } from '@atlas/shared/patrimony/singleHoldings'
import { requestLocale } from '../../../i18n/requestLocale'

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value)

/**
 * One Livret A, LDDS, LEP, PEA and PEA-PME per person (shared/patrimony/singleHoldings.ts):
 * a second one for the same owner is refused with a 400 on `category`. Checked on
 * create, and on an update that changes the category or the owner — an edit of an
 * asset that keeps both is never blocked by older data. Two creates racing in the
 * same instant could both pass; the form is one person's, so that is accepted.
 */
export const checkSingleHoldings: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const category = data.category ?? originalDoc?.category
  const owner = idOf(data.owner ?? originalDoc?.owner)
  if (!isSingleHolding(category) || owner === undefined || owner === null) return data
  if (operation === 'update' && category === originalDoc?.category && owner === idOf(originalDoc?.owner)) return data

  const others = await req.payload.find({
    collection: 'assets',
    where: {
      and: [
        { owner: { equals: owner } },
        { category: { equals: category } },
        ...(operation === 'update' && originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { category: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const second = checkSingleHolding(category, others.docs.map((doc) => doc.category))
  if (second) {
    const locale = requestLocale(req)
    throw new ValidationError(
      {
        collection: 'assets',
        errors: [{ path: 'category', message: translate(locale, 'errors.asset.singleHolding', { product: ASSET_CATEGORY_INFO[second.category].label[locale] }) }],
      },
      req.t,
    )
  }
  return data
}
