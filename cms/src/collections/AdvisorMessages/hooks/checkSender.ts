import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { roleOf } from '../../../access/roleOf'
import { requestLocale } from '../../../i18n/requestLocale'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * An advisor writes only to their own clients, and always as themselves.
 * An admin may write for the client's advisor (the default sender).
 */
export const checkSender: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const refuse = (path: string, key: string) => {
    throw new ValidationError({ collection: 'advisor-messages', errors: [{ path, message: translate(requestLocale(req), key) }] })
  }
  const client = idOf(data.client)
  const investor =
    typeof client === 'number'
      ? await req.payload.findByID({ collection: 'users', id: client, depth: 0, overrideAccess: true, disableErrors: true, req })
      : null
  if (!investor || investor.role !== 'investor') return refuse('client', 'errors.advisorMessage.notYourClient')
  const role = roleOf(req.user)
  if (role === 'advisor') {
    if (idOf(investor.advisor) !== req.user!.id) return refuse('client', 'errors.advisorMessage.notYourClient')
    data.advisor = req.user!.id
  } else if (!data.advisor) {
    if (!investor.advisor) return refuse('advisor', 'errors.advisorMessage.noAdvisor')
    data.advisor = idOf(investor.advisor)
  }
  return data
}
