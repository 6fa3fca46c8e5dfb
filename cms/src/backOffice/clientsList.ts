import type { Payload } from 'payload'
import type { ClientRow, ClientSortKey, ClientsPage, ClientsQuery, ProfileStatus } from '@atlas/shared/schemas/clientsQuery'
import type { FiguresScope } from './figures'

/*
 * The advisor's client list in SQL: one statement for the page, one for the
 * count. Both filter, sort and count on `client_list_rows` alone — one row
 * per user with role, advisor, sort and search keys, questionnaire status,
 * risk score and net worth, kept by triggers on users, profiles and assets
 * (migration 20261125_102000_client_list_rows, docs/decisions/011-client-list-in-sql.md).
 * Only the page's rows then get their name, e-mail, profile and advisor.
 *
 * The scope is not a filter the caller chooses: an advisor's own id is
 * always part of the WHERE clause (figuresScopeOf), whatever the query says.
 */

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/** Sort columns of client_list_rows; `nullable` ones put missing values last in both directions. */
const SORTS: Record<ClientSortKey, { column: string; nullable: boolean }> = {
  name: { column: 'r.name_key', nullable: false },
  netWorth: { column: 'r.net_worth_cents', nullable: false },
  riskScore: { column: 'r.risk_score', nullable: true },
  status: { column: 'r.profile_status', nullable: true },
  createdAt: { column: 'r.created_at', nullable: false },
}

/** `%`, `_` and `\` typed by a person are searched for as themselves; case and accents are ignored in SQL (atlas_search_key). */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

function whereClause(scope: FiguresScope, query: ClientsQuery): { where: string; values: unknown[] } {
  const values: unknown[] = []
  const param = (value: unknown) => {
    values.push(value)
    return `$${values.length}`
  }
  const conditions = [`r.role = 'investor'`]
  if (scope.advisorId !== null) conditions.push(`r.advisor_id = ${param(scope.advisorId)}`)
  if (query.advisor !== undefined) conditions.push(`r.advisor_id = ${param(query.advisor)}`)
  if (query.q) conditions.push(`r.search_key like '%' || atlas_search_key(${param(escapeLike(query.q))}) || '%'`)
  if (query.risk === 'none') conditions.push('r.risk_score is null')
  else if (query.risk !== undefined) conditions.push(`r.risk_score = ${param(Number(query.risk))}`)
  if (query.status !== undefined) {
    // No profile yet reads as a draft (toRow).
    conditions.push(query.status === 'draft' ? `(r.profile_status = 'draft' or r.profile_status is null)` : `r.profile_status = ${param(query.status)}`)
  }
  if (query.minNetWorthCents !== undefined) conditions.push(`r.net_worth_cents >= ${param(query.minNetWorthCents)}`)
  if (query.maxNetWorthCents !== undefined) conditions.push(`r.net_worth_cents <= ${param(query.maxNetWorthCents)}`)
  return { where: conditions.join(' and '), values }
}

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
 * One page of the investors `scope` may see, matching `query`. The page's
 * ids are chosen on client_list_rows and its indexes (a "deferred join"),
 * then only those rows get their user, profile and advisor.
 */
export async function listClients(payload: Payload, scope: FiguresScope, query: ClientsQuery): Promise<ClientsPage> {
  const pool = poolOf(payload)
  const { where, values } = whereClause(scope, query)
  const sort = SORTS[query.sort.replace(/^-/, '') as ClientSortKey]
  const direction = query.sort.startsWith('-') ? 'desc' : 'asc'
  const order = `${sort.column} ${direction}${sort.nullable ? ' nulls last' : ''}, r.owner_id ${direction}`
  const offset = (query.page - 1) * query.limit
  const pageSql = `
    with page as (
      select r.owner_id, r.name_key, r.net_worth_cents, r.risk_score, r.profile_status, r.created_at
        from client_list_rows r
       where ${where}
       order by ${order}
       limit ${query.limit} offset ${offset}
    )
    select u.id, u.name, u.email, u.created_at, u.advisor_id, a.name as advisor_name,
           p.id as profile_id, p.status, p.completion_pct, p.risk_score, p.risk_label, r.net_worth_cents
      from page r
      join users u on u.id = r.owner_id
      left join profiles p on p.owner_id = u.id
      left join users a on a.id = u.advisor_id
     order by ${order}`
  const countSql = `select count(*) as total from client_list_rows r where ${where}`
  const [page, count] = await Promise.all([pool.query(pageSql, values), pool.query(countSql, values)])
  const totalDocs = Number(count.rows[0]?.total ?? 0)
  return {
    docs: page.rows.map(toRow),
    totalDocs,
    page: query.page,
    limit: query.limit,
    totalPages: Math.max(1, Math.ceil(totalDocs / query.limit)),
  }
}
