import type { AdminViewServerProps } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { figuresScopeOf, pipelineFigures } from '../../backOffice/figures'
import { PIPELINE_STAGES } from '../../collections/Prospects'
import { adminLocale } from '../format'
import { PipelineBoard, type PipelineColumn } from './PipelineBoard'
import { AdminViewFrame } from './AdminViewFrame'

const CARDS_PER_STAGE = 30

/**
 * /admin/pipeline — prospects in columns by stage. Counts and estimated
 * assets come from one SQL aggregate; the cards (the first few per stage,
 * soonest next action first) are read through the Local API with the
 * viewer's own access, so an advisor sees only their prospects.
 */
export async function PipelineView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const locale = adminLocale(req.i18n.language)
  const t = (key: string) => translate(locale, key)
  const scope = figuresScopeOf(req.user)
  let body: React.ReactNode = <p>{t('admin.staffOnly')}</p>
  if (scope && req.user) {
    const figures = await pipelineFigures(req.payload, scope)
    const columns: PipelineColumn[] = await Promise.all(
      PIPELINE_STAGES.map(async (stage) => {
        const { docs } = await req.payload.find({
          collection: 'prospects',
          where: { stage: { equals: stage } },
          sort: 'nextActionAt',
          limit: CARDS_PER_STAGE,
          depth: 1,
          overrideAccess: false,
          user: req.user,
          req,
        })
        const figure = figures.find((f) => f.stage === stage)
        return {
          stage,
          count: figure?.count ?? 0,
          estimatedAssetsCents: figure?.estimatedAssetsCents ?? 0,
          cards: docs.map((p) => ({
            id: p.id,
            name: [p.firstName, p.lastName].filter(Boolean).join(' '),
            email: p.email,
            nextActionAt: p.nextActionAt ?? null,
            owner: typeof p.ownerAdvisor === 'object' && p.ownerAdvisor ? p.ownerAdvisor.name : null,
            estimatedAssetsCents: p.estimatedAssetsCents ?? null,
          })),
        }
      }),
    )
    body = <PipelineBoard columns={columns} locale={locale} scope={scope.advisorId === null ? 'admin' : 'advisor'} />
  }
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams} title={t('admin.pipeline.title')}>
      {body}
    </AdminViewFrame>
  )
}
