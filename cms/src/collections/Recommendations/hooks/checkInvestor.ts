import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { roleOf } from '../../../access/roleOf'
import { requestLocale } from '../../../i18n/requestLocale'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * A recommendation is for an investor; an advisor writes one only for their
 * own client (refused at `investor` otherwise, as the access matrix reads a
 * field refusal). Admins write for any investor. Checked on create and when
 * the investor changes.
 */
export const checkInvestor: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const investorId = idOf(data.investor ?? originalDoc?.investor)
  if (operation === 'update' && investorId === idOf(originalDoc?.investor)) return data
  const refuse = () => {
    throw new ValidationError({ collection: 'recommendations', errors: [{ path: 'investor', message: translate(requestLocale(req), 'recommendations.errors.notYourClient') }] })
  }
  const investor =
    typeof investorId === 'number'
      ? await req.payload.findByID({ collection: 'users', id: investorId, depth: 0, overrideAccess: true, disableErrors: true, select: { role: true, advisor: true }, req })
      : null
  if (!investor || investor.role !== 'investor') return refuse()
  if (req.user && roleOf(req.user) === 'advisor' && idOf(investor.advisor) !== req.user.id) return refuse()
  return data
}
