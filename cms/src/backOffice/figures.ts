import type { Payload } from 'payload'
import { roleOf } from '../access/roleOf'

/*
 * The back office's figures, each one SQL aggregate (no rows loaded):
 * admins see everyone, an advisor only their own clients and prospects.
 * Used by the admin dashboard, the pipeline view and GET /api/back-office/figures.
 */

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/** null: every advisor (admin); a number: that advisor only; undefined: no figures for this person. */
export type FiguresScope = { advisorId: number | null }

export const figuresScopeOf = (user: unknown): FiguresScope | undefined => {
  const role = roleOf(user)
  if (role === 'admin') return { advisorId: null }
  if (role === 'advisor') return { advisorId: (user as { id: number }).id }
  return undefined
}

export type StageFigure = { stage: string; count: number; estimatedAssetsCents: number }

const num = (value: unknown) => Number(value ?? 0)

export async function pipelineFigures(payload: Payload, scope: FiguresScope): Promise<StageFigure[]> {
  const { rows } = await poolOf(payload).query(
    `select stage::text as stage, count(*) as count, coalesce(sum(estimated_assets_cents), 0) as cents
       from prospects
      where ($1::int is null or owner_advisor_id = $1)
      group by stage`,
    [scope.advisorId],
  )
  return rows.map((r) => ({ stage: String(r.stage), count: num(r.count), estimatedAssetsCents: num(r.cents) }))
}

export type DashboardFigures = {
  investors: number
  newInvestorsThisMonth: number
  prospectsByStage: StageFigure[]
  prospects: number
  wonProspects: number
  /** won ÷ all prospects, in basis points (10 000 = 100 %); null with no prospects. */
  conversionRateBp: number | null
  /** Sum of investors' assets (kind = asset); liabilities are not subtracted. */
  assetsUnderAdviceCents: number
  questionnairesAwaitingValidation: number
}

export async function dashboardFigures(payload: Payload, scope: FiguresScope): Promise<DashboardFigures> {
  const pool = poolOf(payload)
  const values = [scope.advisorId]
  const [investors, assets, questionnaires, stages] = await Promise.all([
    pool.query(
      `select count(*) as total,
              count(*) filter (
                where created_at >= (date_trunc('month', now() at time zone 'Europe/Paris') at time zone 'Europe/Paris')
              ) as this_month
         from users
        where role = 'investor' and ($1::int is null or advisor_id = $1)`,
      values,
    ),
    pool.query(
      `select coalesce(sum(a.value_cents), 0) as cents
         from assets a join users u on u.id = a.owner_id
        where a.kind = 'asset' and u.role = 'investor' and ($1::int is null or u.advisor_id = $1)`,
      values,
    ),
    pool.query(
      `select count(*) as total
         from profiles p join users u on u.id = p.owner_id
        where p.status = 'submitted' and ($1::int is null or u.advisor_id = $1)`,
      values,
    ),
    pipelineFigures(payload, scope),
  ])
  const prospects = stages.reduce((sum, s) => sum + s.count, 0)
  const wonProspects = stages.find((s) => s.stage === 'won')?.count ?? 0
  return {
    investors: num(investors.rows[0]?.total),
    newInvestorsThisMonth: num(investors.rows[0]?.this_month),
    prospectsByStage: stages,
    prospects,
    wonProspects,
    conversionRateBp: prospects === 0 ? null : Math.round((wonProspects * 10_000) / prospects),
    assetsUnderAdviceCents: num(assets.rows[0]?.cents),
    questionnairesAwaitingValidation: num(questionnaires.rows[0]?.total),
  }
}
