import type { CollectionAfterChangeHook } from 'payload'
import type { Prospect, User } from '@atlas/shared/payload-types'
import { newProspectEmail } from '../../../email/newProspectEmail'

/**
 * Mails the owner advisor about a visitor's contact request. A mail failure
 * is logged, never turned into a failed request: the prospect is saved and
 * visible in the pipeline either way.
 */
export const notifyOwnerAdvisor: CollectionAfterChangeHook<Prospect> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.context.contactRequest || !doc.ownerAdvisor) return doc
  try {
    const advisorId = typeof doc.ownerAdvisor === 'object' ? doc.ownerAdvisor.id : doc.ownerAdvisor
    const advisor = (await req.payload.findByID({ collection: 'users', id: advisorId, overrideAccess: true, depth: 0, req })) as User
    const mail = newProspectEmail({
      locale: advisor.locale === 'en' ? 'en' : 'fr',
      advisorName: advisor.name,
      prospect: doc,
    })
    await req.payload.sendEmail({ to: advisor.email, ...mail })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `could not notify the advisor of prospect ${doc.id}` })
  }
  return doc
}
