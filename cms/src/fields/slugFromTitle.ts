import type { FieldHook, TextFieldSingleValidation, Where } from 'payload'
import { slugify } from '@atlas/shared/pages'
import { slugFormat } from './validators'

/**
 * A slug left empty is made from the title (shared `slugify`), still editable.
 * For a document slug (`unique` in its collection) the first free
 * `slug`, `slug-2`… is taken; a slug the editor typed that is taken gets the
 * field's own "must be unique" error instead.
 */
export const slugFromTitle: FieldHook = async ({ value, siblingData, collection, req, originalDoc }) => {
  if (typeof value === 'string' && value.trim() !== '') return value
  const base = typeof siblingData?.title === 'string' ? slugify(siblingData.title) : ''
  if (!base || !collection) return base || value
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const where: Where = { slug: { equals: candidate } }
    if (originalDoc?.id != null) where.id = { not_equals: originalDoc.id }
    const { totalDocs } = await req.payload.count({ collection: collection.slug as never, where, req, overrideAccess: true })
    if (totalDocs === 0) return candidate
  }
}

/** The slug format; empty is fine while there is a title to make it from (the hook above, or the lessons' one). */
export const slugOrTitle: TextFieldSingleValidation = (value, options) => {
  const title = (options.siblingData as { title?: unknown } | undefined)?.title
  if ((value == null || value === '') && typeof title === 'string' && slugify(title) !== '') return true
  return slugFormat(value, options)
}

export const SLUG_DESCRIPTION = {
  fr: 'Laissé vide, il est tiré du titre à l’enregistrement ; modifiable ensuite.',
  en: 'Left empty, it is made from the title on save; editable afterwards.',
}
