import type { FieldAccess } from 'payload'
import { readerEntitlements } from '../billing/entitlements'

/**
 * The content of a course (overview, lesson bodies, videos, transcripts,
 * questions): anyone on a course that is not premium; on a premium one,
 * readers whose plan includes premium courses (staff always). Without a
 * document (a `where` or `sort` on these paths) only such readers: the
 * content cannot be probed by filtering either. Titles, slugs and durations
 * stay public so the catalogue shows what is locked
 * (docs/decisions/036-entitlements.md). A document read without its
 * `premium` flag (a `select` leaving it out) counts as premium.
 */
export const premiumContentReaders: FieldAccess = async ({ req, doc }) => {
  if (doc && 'premium' in doc && doc.premium !== true) return true
  return (await readerEntitlements(req)).entitlements.premiumCourses
}
