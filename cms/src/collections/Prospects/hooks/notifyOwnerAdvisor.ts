import type { CollectionAfterChangeHook } from 'payload'
import type { Prospect, User } from '@atlas/shared/payload-types'
import { queueEmail } from '../../../email/queueEmail'
import { localeOf, newProspectMail } from '../../../email/templates'

/**
 * Mails the owner advisor about a visitor's contact request (queued with the
 * prospect: delivery is the sendEmail job's, retried). A failure to queue is
 * logged, never turned into a failed request.
 */
export const notifyOwnerAdvisor: CollectionAfterChangeHook<Prospect> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.context.contactRequest || !doc.ownerAdvisor) return doc
  try {
    const advisorId = typeof doc.ownerAdvisor === 'object' ? doc.ownerAdvisor.id : doc.ownerAdvisor
    const advisor = (await req.payload.findByID({ collection: 'users', id: advisorId, overrideAccess: true, depth: 0, req })) as User
    const mail = newProspectMail(localeOf(advisor), { advisorName: advisor.name, prospect: doc })
    await queueEmail(req.payload, { to: advisor.email, ...mail }, req)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `could not notify the advisor of prospect ${doc.id}` })
  }
  return doc
}
