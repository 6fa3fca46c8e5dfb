import type { Payload } from 'payload'
import type { NetWorthPoint } from '@atlas/shared/finance/netWorthHistory'

/**
 * One SQL aggregate for net worth over time. For each of the last `$2`
 * Paris calendar months (the current one included), the LAST valuation of
 * each asset dated before the end of that month counts
 * `value_cents × ownership_share_pct / 100`; assets add up, liabilities
 * subtract. Sums are exact (numeric) and rounded half away from zero once
 * per total, like shared/finance/netWorth.ts. Months are built in Paris
 * local time, so a valuation at 23:30 UTC on 31 January counts in February.
 * A month by the end of which the investor had no valuation at all answers
 * null figures — no data, not 0 € (decision 026).
 */
export const NET_WORTH_HISTORY_SQL = `
with months as (
  select month_start,
         (month_start + interval '1 month') at time zone 'Europe/Paris' as month_end
  from generate_series(
    date_trunc('month', now() at time zone 'Europe/Paris') - make_interval(months => $2::int - 1),
    date_trunc('month', now() at time zone 'Europe/Paris'),
    interval '1 month'
  ) as month_start
),
latest as (
  select m.month_start, v.kind, v.value_cents * v.ownership_share_pct as weighted
  from months m
  join lateral (
    select distinct on (asset_id) kind, value_cents, ownership_share_pct
    from asset_valuations
    where owner_id = $1 and valued_at < m.month_end
    order by asset_id, valued_at desc, id desc
  ) v on true
)
select to_char(m.month_start, 'YYYY-MM') as month,
       count(l.kind) > 0 as recorded,
       coalesce(round(sum(l.weighted) filter (where l.kind = 'asset') / 100), 0)::bigint as gross,
       coalesce(round(sum(l.weighted) filter (where l.kind = 'liability') / 100), 0)::bigint as liabilities
from months m
left join latest l on l.month_start = m.month_start
group by m.month_start
order by m.month_start
`

type Pool = { query: (text: string, values: unknown[]) => Promise<{ rows: { month: string; recorded: boolean; gross: string; liabilities: string }[] }> }

/** Net worth at the end of each of the last `months` Paris months for `owner`, null before the first value (no access check: callers check). */
export async function readNetWorthHistory(payload: Payload, owner: number, months: number): Promise<NetWorthPoint[]> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rows } = await pool.query(NET_WORTH_HISTORY_SQL, [owner, months])
  return rows.map((row): NetWorthPoint => {
    if (!row.recorded) return { month: row.month, grossAssetsCents: null, liabilitiesCents: null, netWorthCents: null }
    const grossAssetsCents = Number(row.gross)
    const liabilitiesCents = Number(row.liabilities)
    return { month: row.month, grossAssetsCents, liabilitiesCents, netWorthCents: grossAssetsCents - liabilitiesCents }
  })
}
