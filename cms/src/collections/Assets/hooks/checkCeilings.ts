import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { formatEur } from '@atlas/shared/finance/money'
import { ASSET_CATEGORY_INFO, isAssetCategory } from '@atlas/shared/patrimony/categories'
import { ceilingSubject, checkCeiling, checkPeaCombinedCeiling, hasCeiling } from '@atlas/shared/patrimony/ceilings'
import { requestLocale } from '../../../i18n/requestLocale'

type AssetData = { category?: unknown; valueCents?: unknown; contributionsCents?: unknown; owner?: unknown }

const PEA_PLANS = ['pea', 'pea-pme'] as const
const ownerId = (owner: unknown) =>
  typeof owner === 'object' && owner !== null ? (owner as { id?: unknown }).id : owner

/**
 * Regulated savings cannot go over their legal ceiling (shared/patrimony/ceilings.ts):
 * the deposits on a Livret A, LDDS, LEP or PEL (the balance when no deposits
 * are declared: capitalised interest may take a balance above the ceiling),
 * the contributions to a PEA or PEA-PME, and PEA + PEA-PME contributions
 * together. A collection hook runs before the field validators, so only whole
 * cents are compared (`ceilingSubject`); refuses with a 400 on the field that
 * holds the amount.
 */
export const checkCeilings: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as AssetData
  const { category } = merged
  if (!isAssetCategory(category) || !hasCeiling(category)) return data
  const subject = ceilingSubject(category, merged.valueCents, merged.contributionsCents)
  if (subject === null) return data
  const locale = requestLocale(req)
  const product = ASSET_CATEGORY_INFO[category].label[locale]
  const isPlan = category === 'pea' || category === 'pea-pme'
  const { path, amountCents: amount } = subject

  const refuse = (message: string): never => {
    throw new ValidationError({ collection: 'assets', errors: [{ path, message }] }, req.t)
  }
  const exceeded = checkCeiling(category, amount)
  if (exceeded) {
    const key = subject.balanceOnly ? 'errors.asset.ceilingDeposits' : 'errors.asset.ceilingContributions'
    refuse(translate(locale, key, { product, ceiling: formatEur(exceeded.ceilingCents, locale) }))
  }
  if (!isPlan) return data

  const owner = ownerId(merged.owner)
  if (owner === undefined || owner === null) return data
  const other = category === 'pea' ? 'pea-pme' : 'pea'
  const others = await req.payload.find({
    collection: 'assets',
    where: {
      and: [
        { owner: { equals: owner } },
        { category: { equals: other } },
        ...(operation === 'update' && originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { contributionsCents: true },
    pagination: false,
    overrideAccess: true,
    req,
  })
  const otherCents = others.docs.reduce((sum, doc) => sum + (Number(doc.contributionsCents) || 0), 0)
  const [pea, peaPme] = category === PEA_PLANS[0] ? [amount, otherCents] : [otherCents, amount]
  const combined = checkPeaCombinedCeiling(pea, peaPme)
  if (combined) {
    refuse(
      translate(locale, 'errors.asset.peaCombined', {
        ceiling: formatEur(combined.ceilingCents, locale),
        other: formatEur(otherCents, locale),
      }),
    )
  }
  return data
}
