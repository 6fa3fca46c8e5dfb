import type { Payload } from 'payload'
import type { HoldingPeriod, ValuationState } from '@atlas/shared/finance/periodPerformance'

/**
 * The two valuation points of each of an investor's assets that the
 * period's gain needs (docs/decisions/030-performance-versus-contributions.md):
 * the start — the last point before the period began (the first day of the
 * first month the net-worth chart draws, Paris time, `$2` months including
 * this one), or the first point inside it for an asset recorded since — and
 * the end, its latest point (today's figures). Read straight from the
 * (owner, valued_at) index, like the net-worth history.
 */
export const PERIOD_POINTS_SQL = `
with bounds as (
  select (date_trunc('month', now() at time zone 'Europe/Paris') - make_interval(months => $2::int - 1)) at time zone 'Europe/Paris' as starts_at
),
ends as (
  select distinct on (asset_id) asset_id, kind, value_cents, contributions_cents, ownership_share_pct
  from asset_valuations
  where owner_id = $1
  order by asset_id, valued_at desc, id desc
),
before_start as (
  select distinct on (asset_id) asset_id, kind, value_cents, contributions_cents, ownership_share_pct
  from asset_valuations, bounds
  where owner_id = $1 and valued_at < bounds.starts_at
  order by asset_id, valued_at desc, id desc
),
first_inside as (
  select distinct on (asset_id) asset_id, kind, value_cents, contributions_cents, ownership_share_pct
  from asset_valuations, bounds
  where owner_id = $1 and valued_at >= bounds.starts_at
  order by asset_id, valued_at asc, id asc
)
select e.asset_id,
       to_char((select starts_at from bounds) at time zone 'Europe/Paris', 'YYYY-MM-DD') as starts_on,
       coalesce(b.kind, f.kind) as start_kind,
       coalesce(b.value_cents, f.value_cents) as start_value,
       case when b.asset_id is not null then b.contributions_cents else f.contributions_cents end as start_contributions,
       coalesce(b.ownership_share_pct, f.ownership_share_pct) as start_share,
       e.kind as end_kind, e.value_cents as end_value, e.contributions_cents as end_contributions, e.ownership_share_pct as end_share
from ends e
left join before_start b on b.asset_id = e.asset_id
left join first_inside f on f.asset_id = e.asset_id
order by e.asset_id
`

type Row = {
  asset_id: number
  starts_on: string
  start_kind: 'asset' | 'liability'
  start_value: string
  start_contributions: string | null
  start_share: string
  end_kind: 'asset' | 'liability'
  end_value: string
  end_contributions: string | null
  end_share: string
}
type Pool = { query: (text: string, values: unknown[]) => Promise<{ rows: Row[] }> }

const state = (kind: Row['start_kind'], value: string, contributions: string | null, share: string): ValuationState => ({
  kind,
  valueCents: Number(value),
  contributionsCents: contributions === null ? null : Number(contributions),
  ownershipSharePct: Number(share),
})

/** Each asset's start and end points over the last `months` Paris months, and the period's first day (no access check: callers check). */
export async function readPeriodPoints(payload: Payload, owner: number, months: number): Promise<{ startsOn: string | null; periods: HoldingPeriod[] }> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rows } = await pool.query(PERIOD_POINTS_SQL, [owner, months])
  return {
    startsOn: rows[0]?.starts_on ?? null,
    periods: rows.map((row) => ({
      asset: row.asset_id,
      start: state(row.start_kind, row.start_value, row.start_contributions, row.start_share),
      end: state(row.end_kind, row.end_value, row.end_contributions, row.end_share),
    })),
  }
}
