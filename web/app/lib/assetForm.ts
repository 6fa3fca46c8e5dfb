import { eurosToCents } from '@atlas/shared/finance/money'
import { categoryKind, isCategory } from '@atlas/shared/patrimony/categories'
import { isCryptoSymbol, isOwnership, parseCryptoQuantity, parseSharePct } from '@atlas/shared/patrimony/assetRules'
import { financedAssetId } from '@atlas/shared/patrimony/loans'
import { isListedCategory, isListedSymbol } from '@atlas/shared/prices/quotedHolding'
import type { AssetDoc } from './patrimony'

/*
 * The asset form of the patrimony pages: what was typed (kept as text, to
 * type back on a refusal), turned into the body of POST/PATCH /api/assets,
 * and the cms field errors mapped back to the inputs.
 */

export const ASSET_FORM_FIELDS = [
  'category', 'label', 'institution', 'value', 'contributions', 'openedAt',
  'ownership', 'sharePct', 'cryptoSymbol', 'cryptoQuantity', 'listedSymbol', 'listedQuantity',
  'financedAsset', 'monthlyPayment', 'endsAt',
] as const
export type AssetFormField = (typeof ASSET_FORM_FIELDS)[number]
export type AssetFormValues = Record<AssetFormField, string>

export const EMPTY_ASSET_FORM: AssetFormValues = {
  category: '', label: '', institution: '', value: '', contributions: '', openedAt: '',
  ownership: 'full', sharePct: '100', cryptoSymbol: '', cryptoQuantity: '', listedSymbol: '', listedQuantity: '',
  financedAsset: '', monthlyPayment: '', endsAt: '',
}

/** Where a cms field error is shown on the form. */
const CMS_PATH_TO_FIELD: Record<string, AssetFormField> = {
  kind: 'category',
  category: 'category',
  label: 'label',
  institution: 'institution',
  valueCents: 'value',
  contributionsCents: 'contributions',
  openedAt: 'openedAt',
  ownership: 'ownership',
  ownershipSharePct: 'sharePct',
  cryptoSymbol: 'cryptoSymbol',
  cryptoQuantity: 'cryptoQuantity',
  financedAsset: 'financedAsset',
  monthlyPaymentCents: 'monthlyPayment',
  endsAt: 'endsAt',
  listedSymbol: 'listedSymbol',
  listedQuantity: 'listedQuantity',
}

export function formFieldErrors(cmsErrors: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const [path, message] of Object.entries(cmsErrors)) {
    const field = CMS_PATH_TO_FIELD[path]
    if (field && !(field in errors)) errors[field] = message || 'errors.field.invalid'
  }
  return errors
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** 'YYYY-MM-DD' from a date input → noon UTC that day (the same calendar day in Paris), or null. */
function dayToIso(day: string): string | null {
  const match = DAY.exec(day)
  if (!match) return null
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))
  return date.toISOString().slice(0, 10) === day ? date.toISOString() : null
}

export type ParsedAssetForm =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; fieldErrors: Record<string, string> }

/**
 * Check what was typed and build the cms body. Amounts go through the shared
 * `eurosToCents` ("1 234,56", "1234.56", "1 234,56 €"). Optional fields left
 * empty are sent as null, so clearing one on the edit page clears it.
 */
export function parseAssetForm(values: AssetFormValues): ParsedAssetForm {
  const errors: Record<string, string> = {}
  const category = values.category
  if (!isCategory(category)) errors.category = 'errors.asset.category'
  const label = values.label.trim()
  if (label === '' || label.length > 120) errors.label = 'errors.asset.label'

  const amount = (field: 'value' | 'contributions' | 'monthlyPayment', required: boolean): number | null => {
    const text = values[field].trim()
    if (text === '') {
      if (required) errors[field] = 'errors.required'
      return null
    }
    const cents = eurosToCents(text)
    if (cents === null) errors[field] = 'errors.asset.amount'
    else if (cents < 0) errors[field] = 'errors.asset.amountNegative'
    return cents
  }
  // A quoted holding (crypto, or a listed security with its quantity) is valued by the cms: no value needed.
  const listed = isListedCategory(category)
  const listedSymbol = values.listedSymbol.trim().toUpperCase()
  const quoted = category === 'crypto' || (listed && listedSymbol !== '')
  const valueCents = amount('value', !quoted)
  const contributionsCents = amount('contributions', false)

  const openedAt = values.openedAt.trim() === '' ? null : dayToIso(values.openedAt.trim())
  if (values.openedAt.trim() !== '' && openedAt === null) errors.openedAt = 'errors.asset.openedAt'
  if (!isOwnership(values.ownership)) errors.ownership = 'errors.field.invalid'
  const sharePct = parseSharePct(values.sharePct)
  if (sharePct === null) errors.sharePct = 'errors.asset.sharePct'

  const crypto = category === 'crypto'
  const cryptoSymbol = values.cryptoSymbol.trim().toUpperCase()
  const cryptoQuantity = parseCryptoQuantity(values.cryptoQuantity)
  if (crypto && !isCryptoSymbol(cryptoSymbol)) errors.cryptoSymbol = 'errors.asset.cryptoSymbol'
  if (crypto && cryptoQuantity === null) errors.cryptoQuantity = 'errors.asset.cryptoQuantity'

  const listedQuantity = values.listedQuantity.trim() === '' ? null : parseCryptoQuantity(values.listedQuantity)
  if (listed && (listedSymbol !== '' || values.listedQuantity.trim() !== '')) {
    if (!isListedSymbol(listedSymbol)) errors.listedSymbol = listedSymbol === '' ? 'errors.asset.listedPair' : 'errors.asset.listedSymbol'
    if (listedQuantity === null) errors.listedQuantity = values.listedQuantity.trim() === '' ? 'errors.asset.listedPair' : 'errors.asset.listedQuantity'
  }
  // A debt's loan details; ignored (and sent empty) for an asset, whose form hides them.
  const liability = isCategory(category) && categoryKind(category) === 'liability'
  const financedText = values.financedAsset.trim()
  if (liability && financedText !== '' && !/^[1-9]\d{0,9}$/.test(financedText)) errors.financedAsset = 'errors.loan.financedAssetUnknown'
  const monthlyPaymentCents = liability ? amount('monthlyPayment', false) : null
  const endsAt = values.endsAt.trim() === '' ? null : dayToIso(values.endsAt.trim())
  if (liability && values.endsAt.trim() !== '' && endsAt === null) errors.endsAt = 'errors.loan.endsAt'

  if (Object.keys(errors).length > 0 || !isCategory(category)) return { ok: false, fieldErrors: errors }
  return {
    ok: true,
    body: {
      kind: categoryKind(category),
      category,
      label,
      institution: values.institution.trim() || null,
      valueCents,
      contributionsCents,
      openedAt,
      ownership: values.ownership,
      ownershipSharePct: sharePct,
      cryptoSymbol: crypto ? cryptoSymbol : null,
      cryptoQuantity: crypto ? cryptoQuantity : null,
      financedAsset: liability && financedText !== '' ? Number(financedText) : null,
      monthlyPaymentCents,
      endsAt: liability ? endsAt : null,
      listedSymbol: listed && listedSymbol !== '' ? listedSymbol : null,
      listedQuantity: listed && listedSymbol !== '' ? listedQuantity : null,
    },
  }
}

/** The text a form input shows for cents: 123456 → "1234,56" (fr) / "1234.56" (en). */
export function centsToInput(cents: number | null | undefined, locale: 'fr' | 'en'): string {
  if (cents === null || cents === undefined) return ''
  const text = (cents / 100).toFixed(2)
  return locale === 'fr' ? text.replace('.', ',') : text
}

/** A stored asset as the values of its edit form. */
export function assetToForm(doc: AssetDoc, locale: 'fr' | 'en'): AssetFormValues {
  const decimal = (value: number | null | undefined) =>
    value === null || value === undefined ? '' : locale === 'fr' ? String(value).replace('.', ',') : String(value)
  return {
    category: doc.category,
    label: doc.label ?? '',
    institution: doc.institution ?? '',
    value: centsToInput(doc.valueCents, locale),
    contributions: centsToInput(doc.contributionsCents, locale),
    openedAt: doc.openedAt ? doc.openedAt.slice(0, 10) : '',
    ownership: doc.ownership ?? 'full',
    sharePct: decimal(doc.ownershipSharePct ?? 100),
    cryptoSymbol: doc.cryptoSymbol ?? '',
    cryptoQuantity: decimal(doc.cryptoQuantity),
    financedAsset: financedAssetId(doc.financedAsset) ?? '',
    monthlyPayment: centsToInput(doc.monthlyPaymentCents, locale),
    endsAt: doc.endsAt ? doc.endsAt.slice(0, 10) : '',
    listedSymbol: doc.listedSymbol ?? '',
    listedQuantity: decimal(doc.listedQuantity),
  }
}

export function assetFormValues(formData: FormData): AssetFormValues {
  const values = { ...EMPTY_ASSET_FORM }
  for (const field of ASSET_FORM_FIELDS) {
    const value = formData.get(field)
    values[field] = typeof value === 'string' ? value.slice(0, 500) : ''
  }
  return values
}
