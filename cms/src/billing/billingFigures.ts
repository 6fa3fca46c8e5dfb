import type { Payload } from 'payload'
import { MRR_STATUSES } from '@atlas/shared/billing/mrr'

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

export type BillingFigures = {
  /** Monthly recurring revenue, cents TTC: monthly amounts plus yearly ones ÷ 12 (rounded per subscription), paying subscriptions only. */
  mrrCents: number
  /** Investors with access now: trialing, active, past_due, or cancelled before the end of their paid period. */
  activeSubscribers: number
  /** Subscriptions that ended (canceled) since the 1st of this month, Paris time. */
  churnedThisMonth: number
  /** Subscriptions whose last payment failed and is not paid yet. */
  failedPayments: number
}

/**
 * The admin dashboard's billing figures, one SQL aggregate over
 * `subscriptions` (no rows loaded). The MRR rule is shared/src/billing/mrr.ts's.
 */
export async function billingFigures(payload: Payload): Promise<BillingFigures> {
  const { rows } = await poolOf(payload).query(
    `select
       coalesce(sum(case when interval = 'year' then round(amount_cents / 12.0) else amount_cents end)
                filter (where status::text = any($1::text[])), 0) as mrr,
       count(distinct customer_id) filter (
         where status in ('trialing', 'active', 'past_due') or (status = 'canceled' and current_period_end > now())
       ) as active,
       count(*) filter (
         where status = 'canceled'
           and coalesce(canceled_at, updated_at) >= (date_trunc('month', now() at time zone 'Europe/Paris') at time zone 'Europe/Paris')
       ) as churned,
       count(*) filter (where payment_failed_at is not null and status <> 'canceled') as failed
     from subscriptions`,
    [[...MRR_STATUSES]],
  )
  const row = rows[0] ?? {}
  return {
    mrrCents: Number(row.mrr ?? 0),
    activeSubscribers: Number(row.active ?? 0),
    churnedThisMonth: Number(row.churned ?? 0),
    failedPayments: Number(row.failed ?? 0),
  }
}
