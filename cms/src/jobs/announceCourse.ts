import type { TaskConfig } from 'payload'
import type { Pool } from 'pg'
import { translate } from '@atlas/shared/i18n'
import type { Course } from '@atlas/shared/payload-types'
import { DEFAULT_NOTIFICATION_PREFERENCES } from '@atlas/shared/notifications'
import { notify, type Recipient } from '../notifications/notify'

const PAGE = 200

/**
 * Tells every investor about a newly published course. The in-app
 * notifications are one INSERT … SELECT over the investors who keep them
 * (no account is loaded into memory, however many there are); the few who
 * asked for it by mail are then paged through by id. Idempotent: a retry
 * inserts nothing twice (dedupe_key) and queues no mail twice.
 */
export const announceCourseTask: TaskConfig<{ input: { course: number }; output: { notified: number; mailed: number } }> = {
  slug: 'announceCourse',
  label: 'Announce a new course',
  inputSchema: [{ name: 'course', type: 'number', required: true }],
  outputSchema: [
    { name: 'notified', type: 'number' },
    { name: 'mailed', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const course = (await payload.findByID({ collection: 'courses', id: input.course, depth: 0, overrideAccess: true, disableErrors: true })) as Course | null
    if (!course || course._status !== 'published') return { output: { notified: 0, mailed: 0 } }
    const text = (locale: 'fr' | 'en', key: string) => translate(locale, key, { course: course.title })
    const link = `/formation/${course.slug}`
    const pool = (payload.db as unknown as { pool: Pool }).pool
    // Table and column names are Payload's (snake_case of collection and field names; see the migration).
    const inserted = await pool.query(
      `INSERT INTO notifications (recipient_id, event, title, body, link, read, dedupe_key, updated_at, created_at)
       SELECT u.id, 'coursePublished',
              CASE WHEN u.locale = 'en' THEN $1 ELSE $2 END,
              CASE WHEN u.locale = 'en' THEN $3 ELSE $4 END,
              $5, false, 'coursePublished:' || $6::text || ':' || u.id, now(), now()
         FROM users u
        WHERE u.role = 'investor'
          AND COALESCE(u.notification_preferences_course_published_in_app, $7)
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        text('en', 'notification.coursePublished.title'),
        text('fr', 'notification.coursePublished.title'),
        text('en', 'notification.coursePublished.body'),
        text('fr', 'notification.coursePublished.body'),
        link,
        String(course.id),
        DEFAULT_NOTIFICATION_PREFERENCES.coursePublished.inApp,
      ],
    )

    let mailed = 0
    let after = 0
    for (;;) {
      const page = await payload.find({
        collection: 'users',
        where: {
          and: [
            { role: { equals: 'investor' } },
            { id: { greater_than: after } },
            DEFAULT_NOTIFICATION_PREFERENCES.coursePublished.email
              ? { 'notificationPreferences.coursePublished.email': { not_equals: false } }
              : { 'notificationPreferences.coursePublished.email': { equals: true } },
          ],
        },
        sort: 'id',
        limit: PAGE,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { email: true, name: true, locale: true, notificationPreferences: true },
      })
      for (const user of page.docs as unknown as Recipient[]) {
        const { email } = await notify(payload, {
          user,
          event: 'coursePublished',
          title: (locale) => text(locale, 'notification.coursePublished.title'),
          body: (locale) => text(locale, 'notification.coursePublished.body'),
          link,
          dedupeKey: `coursePublished:${course.id}:${user.id}`,
        })
        if (email) mailed += 1
      }
      if (page.docs.length < PAGE) break
      after = Number(page.docs.at(-1)!.id)
    }
    return { output: { notified: inserted.rowCount ?? 0, mailed } }
  },
}
