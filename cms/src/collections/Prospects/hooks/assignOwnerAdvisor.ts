import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import type { Prospect } from '@atlas/shared/payload-types'

type Queryable = { pool: { query: (sql: string, values?: unknown[]) => Promise<{ rows: { id: number }[] }> } }

/**
 * The advisor with the fewest open prospects (stage neither won nor lost);
 * ties go to the longest-standing advisor (lowest id). One aggregate query.
 * See docs/decisions/009-prospect-assignment-and-invitations.md.
 */
export const leastBusyAdvisor = async (req: PayloadRequest): Promise<number | null> => {
  const { rows } = await (req.payload.db as unknown as Queryable).pool.query(
    `select u.id from users u
       left join prospects p on p.owner_advisor_id = u.id and p.stage not in ('won', 'lost')
      where u.role = 'advisor'
      group by u.id
      order by count(p.id), u.id
      limit 1`,
  )
  return rows[0]?.id ?? null
}

/** A contact request records when the visitor agreed to be contacted. */
export const recordContactConsent: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'create' && data.contactConsent === true && !data.contactConsentAt) {
    data.contactConsentAt = new Date().toISOString()
  }
  return data
}

/**
 * A visitor's contact request gets its owner advisor after it is saved: the
 * visitor may not read users, so the relationship could not be validated
 * with their access in the create itself.
 */
export const assignOwnerAdvisor: CollectionAfterChangeHook<Prospect> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.context.contactRequest || doc.ownerAdvisor) return doc
  const ownerAdvisor = await leastBusyAdvisor(req)
  if (!ownerAdvisor) return doc
  return req.payload.update({ collection: 'prospects', id: doc.id, data: { ownerAdvisor }, overrideAccess: true, depth: 0, req })
}
