import type { Config } from 'payload'
import { roleOf } from '../access/roleOf'
import { env } from '../env'
import { announceCourseTask } from './announceCourse'
import { purgeRateLimitRowsTask } from './purgeRateLimitRows'
import { refreshPricesTask } from './refreshPrices'
import { DEFAULT_QUEUE, EMAIL_QUEUE } from './queues'
import { releaseStaleEmailJobsTask } from './releaseStaleJobsTask'
import { remindReviewDueTask } from './remindReviewDue'
import { renderClientDocumentTask } from './renderClientDocument'
import { renderInvoicePdfTask } from './renderInvoicePdfTask'
import { sendEmailTask } from './sendEmail'
import { syncPlanToStripeTask } from './syncPlanToStripe'

/**
 * Payload's job queue (rows in Postgres: nothing is lost when the cms
 * restarts). `default` every minute: scheduled publishing, course
 * announcements, review reminders, stale-job release, purge of old
 * rate-limit rows, the daily price refresh (18:30 Paris), client documents
 * (also started at once by their generate endpoint). `email` every
 * ten seconds, only where SendGrid is
 * configured (offline, mails are stored at once and nothing is queued).
 */
const adminsOnly = ({ req }: { req: { user?: unknown } }) => roleOf(req.user) === 'admin'

export const jobs: NonNullable<Config['jobs']> = {
  // Payload lets any signed-in account run, queue or cancel jobs (GET /api/payload-jobs/run…): admins only.
  access: { run: adminsOnly, queue: adminsOnly, cancel: adminsOnly },
  tasks: [sendEmailTask, announceCourseTask, remindReviewDueTask, releaseStaleEmailJobsTask, purgeRateLimitRowsTask, refreshPricesTask, renderInvoicePdfTask, syncPlanToStripeTask, renderClientDocumentTask] as NonNullable<Config['jobs']>['tasks'],
  autoRun: [
    { cron: '* * * * *', queue: DEFAULT_QUEUE },
    ...(env.sendgridApiKey ? [{ cron: '*/10 * * * * *', queue: EMAIL_QUEUE }] : []),
  ],
}
