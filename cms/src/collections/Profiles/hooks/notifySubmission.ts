import type { CollectionAfterChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import type { Profile, User } from '@atlas/shared/payload-types'
import { env } from '../../../env'
import { questionnaireSubmittedMail } from '../../../email/templates'
import { notify } from '../../../notifications/notify'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number))

/**
 * When an investor submits their questionnaire, their advisor is told (in
 * the admin's notifications and by mail) with a link to the client's page,
 * where "Valider le profil" is. See docs/decisions/025.
 */
export const notifySubmission: CollectionAfterChangeHook<Profile> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'submitted' || previousDoc?.status === 'submitted') return doc
  const ownerId = idOf(doc.owner)
  const owner = (await req.payload.findByID({
    collection: 'users',
    id: ownerId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true, advisor: true },
    req,
  })) as Pick<User, 'name' | 'advisor'> | null
  const advisorId = owner?.advisor ? idOf(owner.advisor) : null
  if (!advisorId) return doc
  const clientName = owner?.name ?? doc.title ?? ''
  const advisor = (await req.payload.findByID({ collection: 'users', id: advisorId, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true }, req })) as {
    name?: string
  } | null
  const adminLink = `${env.cmsPublicUrl}/admin/clients/${ownerId}`
  await notify(req.payload, {
    user: advisorId,
    event: 'questionnaireSubmitted',
    title: (locale) => translate(locale, 'notification.questionnaireSubmitted.title', { client: clientName }),
    body: (locale) => translate(locale, 'notification.questionnaireSubmitted.body', { client: clientName }),
    link: adminLink,
    email: (locale) => questionnaireSubmittedMail(locale, { advisorName: advisor?.name ?? '', clientName, adminLink }),
    dedupeKey: `questionnaireSubmitted:${doc.id}:${doc.updatedAt}`,
    req,
  })
  return doc
}
