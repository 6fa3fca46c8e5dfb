import type { Config } from 'payload'
import { env } from '../env'
import { announceCourseTask } from './announceCourse'
import { purgeRateLimitRowsTask } from './purgeRateLimitRows'
import { DEFAULT_QUEUE, EMAIL_QUEUE } from './queues'
import { releaseStaleEmailJobsTask } from './releaseStaleJobsTask'
import { remindReviewDueTask } from './remindReviewDue'
import { sendEmailTask } from './sendEmail'

/**
 * Payload's job queue (rows in Postgres: nothing is lost when the cms
 * restarts). `default` every minute: scheduled publishing, course
 * announcements, review reminders, stale-job release, purge of old
 * rate-limit rows. `email` every ten seconds, only where SendGrid is
 * configured (offline, mails are stored at once and nothing is queued).
 */
export const jobs: NonNullable<Config['jobs']> = {
  tasks: [sendEmailTask, announceCourseTask, remindReviewDueTask, releaseStaleEmailJobsTask, purgeRateLimitRowsTask] as NonNullable<Config['jobs']>['tasks'],
  autoRun: [
    { cron: '* * * * *', queue: DEFAULT_QUEUE },
    ...(env.sendgridApiKey ? [{ cron: '*/10 * * * * *', queue: EMAIL_QUEUE }] : []),
  ],
}
