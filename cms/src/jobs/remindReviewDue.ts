import type { TaskConfig } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { notify } from '../notifications/notify'
import { DEFAULT_QUEUE } from './queues'

const PAGE = 100

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number))

/**
 * Every hour: validated profiles whose yearly review date has passed and
 * whose investor was not told yet get one reminder (notify, event
 * `reviewDue`), then `reviewRemindedAt` — so a second run finds nothing.
 * A new validation clears the mark (guardValidation). If the run dies
 * between the two writes, the dedupe key keeps the next run from telling
 * the investor twice.
 */
export const remindReviewDueTask: TaskConfig<{ input: object; output: { reminded: number } }> = {
  slug: 'remindReviewDue',
  label: 'Remind investors of their yearly review',
  schedule: [{ cron: '0 * * * *', queue: DEFAULT_QUEUE }],
  outputSchema: [{ name: 'reminded', type: 'number' }],
  handler: async ({ req }) => {
    const { payload } = req
    let reminded = 0
    let after = 0
    for (;;) {
      const now = new Date().toISOString()
      const due = await payload.find({
        collection: 'profiles',
        where: {
          and: [
            { status: { equals: 'validated' } },
            { reviewDueAt: { less_than_equal: now } },
            { reviewRemindedAt: { exists: false } },
            { id: { greater_than: after } },
          ],
        },
        sort: 'id',
        limit: PAGE,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { owner: true, reviewDueAt: true },
      })
      for (const profile of due.docs) {
        await notify(payload, {
          user: idOf(profile.owner),
          event: 'reviewDue',
          title: (locale) => translate(locale, 'notification.reviewDue.title'),
          body: (locale) => translate(locale, 'notification.reviewDue.body'),
          link: '/portail/questionnaire',
          dedupeKey: `reviewDue:${profile.id}:${profile.reviewDueAt}`,
        })
        // A bookkeeping mark: written straight to the row (no questionnaire hooks, no new version).
        await payload.db.updateOne({ collection: 'profiles', id: profile.id, data: { reviewRemindedAt: new Date().toISOString() } })
        reminded += 1
      }
      if (due.docs.length < PAGE) break
      after = Number(due.docs.at(-1)!.id)
    }
    return { output: { reminded } }
  },
}
