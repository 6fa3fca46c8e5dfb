import type { CollectionAfterChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import type { AdvisorMessage } from '@atlas/shared/payload-types'
import { notify } from '../../../notifications/notify'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number))

/** The client learns of a new message from their advisor (portal and/or mail, as they chose). */
export const notifyClient: CollectionAfterChangeHook<AdvisorMessage> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const advisor = (await req.payload.findByID({
    collection: 'users',
    id: idOf(doc.advisor),
    depth: 0,
    overrideAccess: true,
    select: { name: true },
    req,
  })) as { name: string }
  await notify(req.payload, {
    user: idOf(doc.client),
    event: 'advisorMessage',
    title: (locale) => translate(locale, 'notification.advisorMessage.title', { advisor: advisor.name, subject: doc.subject }),
    body: doc.body,
    link: '/portail/notifications',
    dedupeKey: `advisorMessage:${doc.id}`,
    req,
  })
  return doc
}
