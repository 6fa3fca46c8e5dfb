import type { ServerProps } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { dashboardFigures, figuresScopeOf } from '../../backOffice/figures'
import { PIPELINE_STAGES } from '../../collections/Prospects'
import { adminLocale, euros } from '../format'
import '../views/pipeline.css'

/**
 * Above the admin dashboard: the advisor's figures for their own clients,
 * or the firm's for an admin — SQL aggregates (backOffice/figures.ts).
 * Editors see the regular dashboard only.
 */
export async function BackOfficeFigures({ payload, user, i18n }: ServerProps) {
  const scope = figuresScopeOf(user)
  if (!scope || !payload) return null
  const locale = adminLocale(i18n?.language)
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params)
  const f = await dashboardFigures(payload, scope)
  const rate =
    f.conversionRateBp === null
      ? t('admin.dashboard.none')
      : new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(f.conversionRateBp / 10_000)
  const tiles = [
    { id: 'investors', label: t('admin.dashboard.investors'), value: String(f.investors) },
    { id: 'new', label: t('admin.dashboard.newThisMonth'), value: String(f.newInvestorsThisMonth) },
    { id: 'conversion', label: t('admin.dashboard.conversion'), value: rate, hint: t('admin.dashboard.conversionHint', { won: f.wonProspects, total: f.prospects }) },
    { id: 'aum', label: t('admin.dashboard.aum'), value: euros(locale, f.assetsUnderAdviceCents), hint: t('admin.dashboard.aumHint') },
    { id: 'awaiting', label: t('admin.dashboard.awaiting'), value: String(f.questionnairesAwaitingValidation) },
  ]
  return (
    <section aria-labelledby="figures-title" data-testid="back-office-figures">
      <h2 id="figures-title">{t(scope.advisorId === null ? 'admin.dashboard.title.admin' : 'admin.dashboard.title.advisor')}</h2>
      <div className="figures">
        {tiles.map((tile) => (
          <div key={tile.id} className="figure" data-testid={`figure-${tile.id}`}>
            <h3>{tile.label}</h3>
            <strong>{tile.value}</strong>
            {tile.hint ? <small>{tile.hint}</small> : null}
          </div>
        ))}
      </div>
      <h3>
        <a href="/admin/pipeline">{t('admin.dashboard.byStage')}</a>
      </h3>
      <table className="figures-stages">
        <tbody>
          {PIPELINE_STAGES.map((stage) => {
            const s = f.prospectsByStage.find((x) => x.stage === stage)
            return (
              <tr key={stage}>
                <th scope="row">{t(`admin.stage.${stage}`)}</th>
                <td>{s?.count ?? 0}</td>
                <td>{euros(locale, s?.estimatedAssetsCents ?? 0)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
