import type { CollectionAfterChangeHook } from 'payload'
import { DEFAULT_QUEUE } from '../../../jobs/queues'

/** Investors are told of a new course by a job (announceCourse), never inside the editor's request. */
export const queueAnnouncement: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!req.context.announceCourse || doc._status !== 'published') return doc
  req.context.announceCourse = false
  await req.payload.jobs.queue({ task: 'announceCourse', input: { course: doc.id }, queue: DEFAULT_QUEUE, req })
  return doc
}
