import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first time a course is published (by an editor, or by a scheduled
 * publication), `announcedAt` is stamped and the afterChange hook queues the
 * announcement. Later publications (corrections) announce nothing.
 */
export const stampFirstPublication: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (data._status !== 'published' || originalDoc?.announcedAt || data.announcedAt) return data
  data.announcedAt = new Date().toISOString()
  req.context.announceCourse = true
  return data
}
