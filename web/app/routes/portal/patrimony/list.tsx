import { data, Link } from 'react-router'
import { formatEur } from '@atlas/shared/finance/money'
import type { Route } from './+types/list'
import { FormAlert } from '../../../components/FormAlert'
import { QuoteLine } from '../../../components/QuoteLine'
import { listAssets, requireInvestor } from '../../../lib/assets.server'
import { pageMeta } from '../../../lib/pageMeta'
import { groupPatrimony, type CategoryGroup } from '@atlas/shared/patrimony/groups'
import { loanLinks, type LoanLinks } from '@atlas/shared/patrimony/loans'
import { LoanNote } from '../../../components/patrimony/LoanNote'
import { patrimonyPerformance, type LinePerformance } from '@atlas/shared/patrimony/assetPerformance'
import { HoldingGain } from '../../../components/performance/HoldingGain'
import { useLocale, useT } from '../../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'patrimony.title')

export async function loader({ request }: Route.LoaderArgs) {
  const { token, headers } = await requireInvestor(request)
  const docs = await listAssets(request, token)
  const grouped = groupPatrimony(docs)
  const links = loanLinks(docs, new Date())
  const performance = patrimonyPerformance(docs, new Date()).byId
  const params = new URL(request.url).searchParams
  const notice = params.has('enregistre') ? 'patrimony.saved' : params.has('supprime') ? 'patrimony.deleted' : null
  return data({ grouped, links, notice, performance }, { headers })
}

function Group({ group, testId, links, performance = {} }: { group: CategoryGroup; testId: string; links: LoanLinks; performance?: Record<string, LinePerformance> }) {
  const t = useT()
  const locale = useLocale()
  const headingId = `group-${group.category}`
  return (
    <section className="patrimony-group" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId} className="patrimony-group-title">
        <span>{group.label[locale]}</span>
        <span className="patrimony-group-total" data-testid="group-total">{formatEur(group.totalCents, locale)}</span>
      </h3>
      <ul className="holding-list">
        {group.lines.map((line) => (
          <li key={line.id} className="holding" data-testid="patrimony-line">
            <span className="holding-name">
              <span className="holding-label">{line.label}</span>
              <span className="holding-category">
                {[line.institution, line.ownership !== 'full' ? t(`ownership.${line.ownership}`) : '',
                  line.sharePct < 100 ? t('patrimony.share', { share: `${line.sharePct.toLocaleString(locale)} %` }) : '']
                  .filter(Boolean).join(' · ')}
              </span>
              <QuoteLine quote={line.quote} />
            </span>
            <span className="holding-value">{formatEur(line.countedCents, locale)}</span>
            {performance[line.id] ? <HoldingGain performance={performance[line.id]!} /> : null}
            <span className="holding-actions">
              <Link to={`/portail/patrimoine/${line.id}`} aria-label={`${t('patrimony.edit')} ${line.label}`}>{t('patrimony.edit')}</Link>
              <Link to={`/portail/patrimoine/${line.id}/supprimer`} aria-label={`${t('patrimony.delete')} ${line.label}`}>
                {t('patrimony.delete')}
              </Link>
            </span>
            <LoanNote lineId={line.id} links={links} />
          </li>
        ))}
      </ul>
    </section>
  )
}

export default function PatrimonyList({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { grouped, links, notice, performance } = loaderData
  const empty = grouped.assets.length === 0 && grouped.liabilities.length === 0
  return (
    <div className="dashboard patrimony">
      <div className="page-heading">
        <div>
          <h1>{t('patrimony.title')}</h1>
          <p className="muted">{t('patrimony.lead')}</p>
        </div>
        {empty ? null : <Link to="/portail/patrimoine/nouveau" className="button button-primary" data-testid="add-asset">{t('patrimony.add')}</Link>}
      </div>
      {notice ? <FormAlert tone="success" testId="notice">{t(notice)}</FormAlert> : null}
      {empty ? (
        <section className="card empty-state" data-testid="patrimony-empty">
          <h2>{t('patrimony.empty.title')}</h2>
          <p>{t('patrimony.empty.body')}</p>
          <Link to="/portail/patrimoine/nouveau" className="button button-primary" data-testid="add-asset">{t('patrimony.empty.cta')}</Link>
        </section>
      ) : (
        <>
          <section className="card net-worth" aria-labelledby="patrimony-net">
            <h2 id="patrimony-net" className="net-worth-title">{t('patrimony.net')}</h2>
            <p className="net-worth-amount" data-testid="net-worth">{formatEur(grouped.totals.netWorthCents, locale)}</p>
            <dl className="net-worth-parts">
              <div><dt>{t('dashboard.totalAssets')}</dt><dd data-testid="total-assets">{formatEur(grouped.totals.grossAssetsCents, locale)}</dd></div>
              <div><dt>{t('dashboard.totalLiabilities')}</dt><dd data-testid="total-liabilities">{formatEur(grouped.totals.totalLiabilitiesCents, locale)}</dd></div>
            </dl>
          </section>
          <div className="holdings">
            <section className="card" aria-labelledby="patrimony-assets">
              <h2 id="patrimony-assets">{t('patrimony.assets')}</h2>
              {grouped.assets.map((group) => <Group key={group.category} group={group} testId="asset-group" links={links} performance={performance} />)}
            </section>
            <section className="card" aria-labelledby="patrimony-liabilities">
              <h2 id="patrimony-liabilities">{t('patrimony.liabilities')}</h2>
              {grouped.liabilities.length ? (
                grouped.liabilities.map((group) => <Group key={group.category} group={group} testId="liability-group" links={links} />)
              ) : (
                <p className="muted">{t('patrimony.noLiabilities')}</p>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  )
}
