import type { Payload } from 'payload'
import type { ClientRow, ClientSortKey, ClientsPage, ClientsQuery, ProfileStatus } from '@atlas/shared/schemas/clientsQuery'
import type { FiguresScope } from './figures'

/*
 * The advisor's client list in SQL: one statement for the page, one for the
 * count, both on the indexes of migration 20261125_065953_clients (see
 * docs/decisions/011-client-list-in-sql.md). Net worth comes from
 * investor_net_worth, kept by a trigger on assets.
 *
 * The scope is not a filter the caller chooses: an advisor's own id is
 * always part of the WHERE clause (figuresScopeOf), whatever the query says.
 */

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/** Sort expressions; `nullable` ones put missing values last in both directions. */
const SORTS: Record<ClientSortKey, { column: string; nullable: boolean; needsProfile?: boolean; needsNetWorth?: boolean }> = {
  name: { column: 'lower(u.name)', nullable: false },
  netWorth: { column: 'n.net_worth_cents', nullable: false, needsNetWorth: true },
  riskScore: { column: 'p.risk_score', nullable: true, needsProfile: true },
  status: { column: 'p.status', nullable: true, needsProfile: true },
  createdAt: { column: 'u.created_at', nullable: false },
}

/** `%`, `_` and `\` typed by a person are searched for as themselves. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`

type Built = { where: string; values: unknown[]; needsProfile: boolean; needsNetWorth: boolean }

function whereClause(scope: FiguresScope, query: ClientsQuery): Built {
  const values: unknown[] = []
  const param = (value: unknown) => {
    values.push(value)
    return `$${values.length}`
  }
  const conditions = [`u.role = 'investor'`]
  let needsProfile = false
  let needsNetWorth = false
  if (scope.advisorId !== null) conditions.push(`u.advisor_id = ${param(scope.advisorId)}`)
  if (query.advisor !== undefined) conditions.push(`u.advisor_id = ${param(query.advisor)}`)
  if (query.q) conditions.push(`(lower(u.name) || ' ' || lower(u.email)) like ${param(likePattern(query.q))}`)
  if (query.risk === 'none') {
    needsProfile = true
    conditions.push('p.risk_score is null')
  } else if (query.risk !== undefined) {
    needsProfile = true
    conditions.push(`p.risk_score = ${param(Number(query.risk))}`)
  }
  if (query.status !== undefined) {
    needsProfile = true
    conditions.push(query.status === 'draft' ? `(p.status = 'draft' or p.id is null)` : `p.status = ${param(query.status)}`)
  }
  if (query.minNetWorthCents !== undefined) {
    needsNetWorth = true
    conditions.push(`n.net_worth_cents >= ${param(query.minNetWorthCents)}`)
  }
  if (query.maxNetWorthCents !== undefined) {
    needsNetWorth = true
    conditions.push(`n.net_worth_cents <= ${param(query.maxNetWorthCents)}`)
  }
  return { where: conditions.join(' and '), values, needsProfile, needsNetWorth }
}

const PROFILE_JOIN = 'left join profiles p on p.owner_id = u.id'
// Every user has its row (trigger on users, backfilled by the migration): an inner join.
const NET_WORTH_JOIN = 'join investor_net_worth n on n.owner_id = u.id'

const toRow = (r: Record<string, unknown>): ClientRow => ({
  id: Number(r.id),
  name: String(r.name),
  email: String(r.email),
  advisor: r.advisor_id === null ? null : { id: Number(r.advisor_id), name: String(r.advisor_name ?? '') },
  profileId: r.profile_id === null ? null : Number(r.profile_id),
  status: ((r.status as ProfileStatus | null) ?? 'draft'),
  completionPct: Number(r.completion_pct ?? 0),
  riskScore: r.risk_score === null ? null : Number(r.risk_score),
  riskLabel: (r.risk_label as string | null) ?? null,
  netWorthCents: Number(r.net_worth_cents ?? 0),
  createdAt: new Date(r.created_at as string | Date).toISOString(),
})

/**
 * One page of the investors `scope` may see, matching `query`. The page is
 * chosen first on the tables its filters and sort need (a "deferred join"),
 * then only its rows get their profile, net worth and advisor.
 */
export async function listClients(payload: Payload, scope: FiguresScope, query: ClientsQuery): Promise<ClientsPage> {
  const pool = poolOf(payload)
  const built = whereClause(scope, query)
  const sort = SORTS[query.sort.replace(/^-/, '') as ClientSortKey]
  const direction = query.sort.startsWith('-') ? 'desc' : 'asc'
  const nulls = sort.nullable ? ' nulls last' : ''
  const offset = (query.page - 1) * query.limit
  const joins = (profile: boolean, netWorth: boolean) => `${profile ? PROFILE_JOIN : ''} ${netWorth ? NET_WORTH_JOIN : ''}`
  const pageSql = `
    with page as (
      select u.id, ${sort.column} as sort_value
        from users u ${joins(built.needsProfile || Boolean(sort.needsProfile), built.needsNetWorth || Boolean(sort.needsNetWorth))}
       where ${built.where}
       order by ${sort.column} ${direction}${nulls}, u.id ${direction}
       limit ${query.limit} offset ${offset}
    )
    select u.id, u.name, u.email, u.created_at, u.advisor_id, a.name as advisor_name,
           p.id as profile_id, p.status, p.completion_pct, p.risk_score, p.risk_label, n.net_worth_cents
      from page
      join users u on u.id = page.id
      ${PROFILE_JOIN}
      ${NET_WORTH_JOIN}
      left join users a on a.id = u.advisor_id
     order by page.sort_value ${direction}${nulls}, u.id ${direction}`
  // The count joins only what its filters need: with none, an index-only count of the scope.
  const countSql = `
    select count(*) as total
      from users u ${joins(built.needsProfile, built.needsNetWorth)}
     where ${built.where}`
  const [page, count] = await Promise.all([pool.query(pageSql, built.values), pool.query(countSql, built.values)])
  const totalDocs = Number(count.rows[0]?.total ?? 0)
  return {
    docs: page.rows.map(toRow),
    totalDocs,
    page: query.page,
    limit: query.limit,
    totalPages: Math.max(1, Math.ceil(totalDocs / query.limit)),
  }
}
