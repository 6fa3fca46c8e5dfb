import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import type { Prospect } from '@atlas/shared/payload-types'
import { leastBusyAdvisor } from '../../../advisors/leastBusyAdvisor'

/** A contact request records when the visitor agreed to be contacted. */
export const recordContactConsent: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'create' && data.contactConsent === true && !data.contactConsentAt) {
    data.contactConsentAt = new Date().toISOString()
  }
  return data
}

/**
 * A visitor's contact request gets its owner advisor (the least busy one) after it is saved: the
 * visitor may not read users, so the relationship could not be validated
 * with their access in the create itself.
 */
export const assignOwnerAdvisor: CollectionAfterChangeHook<Prospect> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.context.contactRequest || doc.ownerAdvisor) return doc
  const ownerAdvisor = await leastBusyAdvisor(req.payload)
  if (!ownerAdvisor) return doc
  return req.payload.update({ collection: 'prospects', id: doc.id, data: { ownerAdvisor }, overrideAccess: true, depth: 0, req })
}
