import { APIError, ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../../i18n/requestLocale'

const immutable = (req: PayloadRequest) => new APIError(translate(requestLocale(req), 'recommendations.errors.finalImmutable'), 403, undefined, true)
const rows = (value: unknown) => (Array.isArray(value) ? value.length : 0)

/**
 * A final recommendation is the one a rapport d'adéquation states: it never
 * changes (access hides it from every update route; this refuses trusted code
 * too). A change is a new recommendation. Finalising stamps who and when and
 * needs something to recommend (a target allocation or a product);
 * `createdBy` is whoever created it. None of these is typed by hand.
 */
export const keepFinal: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && originalDoc?.status === 'final') throw immutable(req)
  if (operation === 'create') data.createdBy = req.user?.id ?? null
  else data.createdBy = originalDoc?.createdBy ?? null
  if (data.status === 'final') {
    if (rows(data.targetAllocation) === 0 && rows(data.products) === 0) {
      throw new ValidationError({ collection: 'recommendations', errors: [{ path: 'products', message: translate(requestLocale(req), 'recommendations.errors.finalEmpty') }] })
    }
    data.finalisedAt = new Date().toISOString()
    data.finalisedBy = req.user?.id ?? null
  } else {
    data.finalisedAt = null
    data.finalisedBy = null
  }
  return data
}

export const refuseDeletingFinal: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'recommendations', id, req, overrideAccess: true, depth: 0, disableErrors: true })
  if (doc?.status === 'final') throw immutable(req)
}
