import type { CollectionAfterChangeHook } from 'payload'
import { translate } from '@atlas/shared/i18n'
import type { Profile } from '@atlas/shared/payload-types'
import { profileValidatedMail } from '../../../email/templates'
import { notify } from '../../../notifications/notify'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number))

/** When an advisor validates a questionnaire, its investor is told (portal and/or mail, as they chose). */
export const notifyValidation: CollectionAfterChangeHook<Profile> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'validated' || previousDoc?.status === 'validated') return doc
  const advisorId = doc.validatedBy ? idOf(doc.validatedBy) : null
  const advisor = advisorId
    ? ((await req.payload.findByID({ collection: 'users', id: advisorId, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true }, req })) as {
        name: string
      } | null)
    : null
  const advisorName = advisor?.name ?? 'Atlas'
  const risk = doc.riskLabel ? `${doc.riskScore ?? '?'}/7, ${doc.riskLabel}` : '—'
  await notify(req.payload, {
    user: idOf(doc.owner),
    event: 'profileValidated',
    title: (locale) => translate(locale, 'notification.profileValidated.title'),
    body: (locale) => translate(locale, 'notification.profileValidated.body', { advisor: advisorName, risk }),
    link: '/portail/profil',
    email: (locale) => profileValidatedMail(locale, { name: doc.title ?? '', advisorName, riskLabel: risk }),
    dedupeKey: `profileValidated:${doc.id}:${doc.validatedAt}`,
    req,
  })
  return doc
}
