import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { roleOf } from '../../../access/roleOf'
import { requestLocale } from '../../../i18n/requestLocale'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * The comment is about an investor; an advisor writes only about their own
 * clients (create, or moving a comment to another client). `updatedBy` is
 * always whoever saves, never what the request says.
 */
export const checkCommentAuthor: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const refuse = (key: 'documents.bilan.comment.notYourClient' | 'documents.bilan.comment.notInvestor') => {
    throw new ValidationError({ collection: 'advisor-comments', errors: [{ path: 'investor', message: translate(requestLocale(req), key) }] })
  }
  const investorId = idOf(data.investor ?? originalDoc?.investor)
  const investor =
    typeof investorId === 'number'
      ? await req.payload.findByID({ collection: 'users', id: investorId, depth: 0, overrideAccess: true, disableErrors: true, req })
      : null
  if (!investor || investor.role !== 'investor') return refuse('documents.bilan.comment.notInvestor')
  if (roleOf(req.user) === 'advisor' && idOf(investor.advisor) !== req.user!.id) return refuse('documents.bilan.comment.notYourClient')
  data.updatedBy = req.user ? req.user.id : (data.updatedBy ?? originalDoc?.updatedBy ?? null)
  return data
}
