import type { Payload } from 'payload'
import { reviewDueFrom } from '../collections/Profiles/hooks/guardValidation'
import type { FiguresScope } from './figures'

/*
 * What waits for an advisor (or, for an admin, for the firm) on the admin's
 * home: one SQL count each, and the admin page that lists the same rows.
 * See docs/decisions/025-every-investor-has-an-advisor.md.
 */

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

export type TodoId = 'questionnaires' | 'reviews' | 'prospects' | 'notifications' | 'messages'
export type Todo = { id: TodoId; count: number; href: string }

/** 'YYYY-MM-DD' of a day in Paris. */
const parisDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(at)

/**
 * The cut-offs, computed once so a count and its link agree: a yearly review
 * is due when it falls within a month (validated more than 11 months ago);
 * a prospect's next action (a calendar date, stored at 00:00 UTC) is due
 * when it is today or earlier in Paris.
 */
export const todoCutoffs = (now = new Date()) => ({
  reviewDueBefore: reviewDueFrom(now, 1).toISOString(),
  actionBefore: `${parisDay(new Date(now.getTime() + 86_400_000))}T00:00:00.000Z`,
})

const listOf = (collection: string, where: string) => `/admin/collections/${collection}?${where}`

export async function advisorTodos(payload: Payload, scope: FiguresScope, viewerId: number, now = new Date()): Promise<Todo[]> {
  const pool = poolOf(payload)
  const { reviewDueBefore, actionBefore } = todoCutoffs(now)
  const advisor = scope.advisorId
  const count = async (sql: string, values: unknown[]) => Number((await pool.query(sql, values)).rows[0]?.total ?? 0)
  const [questionnaires, reviews, prospects, notifications, messages] = await Promise.all([
    count(
      `select count(*) as total from profiles p join users u on u.id = p.owner_id
        where p.status = 'submitted' and ($1::int is null or u.advisor_id = $1)`,
      [advisor],
    ),
    count(
      `select count(*) as total from profiles p join users u on u.id = p.owner_id
        where p.status = 'validated' and p.review_due_at <= $2 and ($1::int is null or u.advisor_id = $1)`,
      [advisor, reviewDueBefore],
    ),
    count(
      `select count(*) as total from prospects
        where next_action_at < $2 and stage not in ('won', 'lost') and ($1::int is null or owner_advisor_id = $1)`,
      [advisor, actionBefore],
    ),
    count(`select count(*) as total from notifications where recipient_id = $1 and read = false`, [viewerId]),
    count(
      `select count(*) as total from advisor_messages m
         join notifications n on n.dedupe_key = 'advisorMessage:' || m.id
        where n.read = false and ($1::int is null or m.advisor_id = $1)`,
      [advisor],
    ),
  ])
  const enc = encodeURIComponent
  return [
    { id: 'questionnaires', count: questionnaires, href: '/admin/clients?status=submitted' },
    {
      id: 'reviews',
      count: reviews,
      href: listOf('profiles', `where[and][0][status][equals]=validated&where[and][1][reviewDueAt][less_than_equal]=${enc(reviewDueBefore)}&sort=reviewDueAt`),
    },
    {
      id: 'prospects',
      count: prospects,
      href: listOf(
        'prospects',
        `where[and][0][nextActionAt][less_than]=${enc(actionBefore)}&where[and][1][stage][not_in][0]=won&where[and][1][stage][not_in][1]=lost&sort=nextActionAt`,
      ),
    },
    { id: 'notifications', count: notifications, href: listOf('notifications', 'where[read][equals]=false') },
    { id: 'messages', count: messages, href: listOf('advisor-messages', 'sort=-createdAt') },
  ]
}
