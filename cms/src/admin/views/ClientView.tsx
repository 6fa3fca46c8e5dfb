import type { AdminViewServerProps, PayloadRequest } from 'payload'
import { formatEur } from '@atlas/shared/finance/money'
import { fromFirstRecordedMonth } from '@atlas/shared/finance/netWorthHistory'
import { translate, type Locale } from '@atlas/shared/i18n'
import { categoryLabel } from '@atlas/shared/patrimony/categories'
import { clientReview, type AssetDoc, type CategoryGroup } from '@atlas/shared/patrimony'
import { canReadInvestorData } from '../../access/canReadInvestorData'
import { figuresScopeOf } from '../../backOffice/figures'
import { readNetWorthHistory } from '../../endpoints/netWorthHistorySql'
import { KnowledgeComparison } from '../components/KnowledgeComparison'
import { NetWorthLine } from '../components/NetWorthLine'
import { ValidateProfileButton } from '../components/ValidateProfileButton'
import { adminLocale, parisDate } from '../format'
import { ClientAnswers } from './ClientAnswers'
import { ClientDocuments } from './ClientDocuments'
import { ClientQuizAttempts } from './ClientQuizAttempts'
import { WarningsList } from '../components/WarningsList'
import { AdminViewFrame } from './AdminViewFrame'
import './clients.css'

const HISTORY_MONTHS = 12

/** Everything the page shows, read with the viewer's own access (advisor: own clients; admin: all). */
async function loadClient(req: PayloadRequest, id: number) {
  if (!(await canReadInvestorData(req, id)) || !req.user) return null
  const asViewer = { overrideAccess: false, user: req.user, req } as const
  const user = await req.payload.findByID({ collection: 'users', id, depth: 1, disableErrors: true, ...asViewer })
  if (!user || user.role !== 'investor') return null
  const [profiles, assets, prospects, history] = await Promise.all([
    req.payload.find({ collection: 'profiles', where: { owner: { equals: id } }, limit: 1, depth: 0, ...asViewer }),
    req.payload.find({ collection: 'assets', where: { owner: { equals: id } }, limit: 500, depth: 0, sort: '-valueCents', ...asViewer }),
    req.payload.find({ collection: 'prospects', where: { convertedUser: { equals: id } }, limit: 1, depth: 0, ...asViewer }),
    readNetWorthHistory(req.payload, id, HISTORY_MONTHS),
  ])
  return { user, profile: profiles.docs[0] ?? null, assets: assets.docs as unknown as AssetDoc[], prospect: prospects.docs[0] ?? null, history }
}

function Groups({ groups, locale, testId }: { groups: CategoryGroup[]; locale: Locale; testId: string }) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params)
  return (
    <>
      {groups.map((group) => (
        <div key={group.category} data-testid={testId}>
          <h3>{group.label[locale]} — {formatEur(group.totalCents, locale)}</h3>
          <ul>
            {group.lines.map((line) => (
              <li key={line.id}>
                {line.label || group.label[locale]}
                {line.institution ? ` (${line.institution})` : ''} : {formatEur(line.countedCents, locale)}
                {line.sharePct < 100 ? ` — ${t('admin.client.share', { pct: line.sharePct })}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  )
}

/**
 * /admin/clients/:id — one investor as their advisor reviews them: contact
 * details, risk profile and warnings, budget, patrimony by category with the
 * portal's calculations (shared clientReview), net worth over 12 months, the
 * questionnaire by step, declared vs proven knowledge with every quiz attempt,
 * and "Valider le profil" for a submitted one.
 */
export async function ClientView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const locale = adminLocale(req.i18n.language)
  const t = (key: string, values?: Record<string, string | number>) => translate(locale, key, values)
  const rawId = String(params?.segments?.[1] ?? '')
  const staff = figuresScopeOf(req.user)
  const client = staff && /^[1-9]\d{0,9}$/.test(rawId) ? await loadClient(req, Number(rawId)) : null
  let title = t('admin.clients.title')
  let body: React.ReactNode = <p data-testid="client-not-found">{staff ? t('admin.client.notFound') : t('admin.staffOnly')}</p>

  if (client) {
    const { user, profile, assets, prospect, history } = client
    title = user.name
    const review = clientReview(assets, profile as never)
    const totals = review.patrimony.totals
    const status = (profile?.status ?? 'draft') as 'draft' | 'submitted' | 'validated'
    const advisor = typeof user.advisor === 'object' && user.advisor ? user.advisor.name : null
    const percent = (ratio: number) => new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(ratio)
    const months = (value: number) => new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value)
    body = (
      <>
        <p><a href="/admin/clients">{t('admin.client.back')}</a></p>
        <div className="client-actions" data-testid="client-status">
          <span className={`clients-status clients-status-${status}`}>{t('admin.client.questionnaire')} : {t(`admin.status.${status}`)}</span>
          {profile ? <span>{t('admin.client.completion', { pct: profile.completionPct ?? 0 })}</span> : null}
          {profile && status === 'submitted' ? <ValidateProfileButton profileId={profile.id} locale={locale} /> : null}
          {status === 'draft' ? <span>{t('admin.client.validateHint.draft')}</span> : null}
          {status === 'validated' && profile?.validatedAt ? (
            <span className="client-ok" role="status" data-testid="validation-status">{t('admin.client.validated', { date: parisDate(locale, profile.validatedAt, true), due: profile.reviewDueAt ? parisDate(locale, profile.reviewDueAt) : '—' })}</span>
          ) : null}
          {profile ? <a href={`/admin/collections/profiles/${profile.id}`}>{t('admin.client.edit')}</a> : null}
        </div>
        <div className="client-grid">
          <section className="client-card" aria-labelledby="client-contact">
            <h2 id="client-contact">{t('admin.client.contact')}</h2>
            <dl>
              <dt>{t('admin.client.email')}</dt><dd>{user.email}</dd>
              <dt>{t('admin.client.phone')}</dt><dd>{user.phone || t('admin.client.none')}</dd>
              <dt>{t('admin.client.advisor')}</dt><dd>{advisor ?? t('admin.client.none')}</dd>
              <dt>{t('admin.client.since')}</dt><dd>{parisDate(locale, user.createdAt)}</dd>
              <dt>{t('onboarding.admin.firstMeeting')}</dt><dd data-testid="client-first-meeting">{profile?.firstMeetingAt ? parisDate(locale, profile.firstMeetingAt) : t('onboarding.admin.firstMeeting.none')}</dd>
              {typeof prospect?.estimatedAssetsCents === 'number' ? (
                <><dt>{t('admin.client.estimated')}</dt><dd>{formatEur(prospect.estimatedAssetsCents, locale)}</dd></>
              ) : null}
            </dl>
          </section>
          <section className="client-card" aria-labelledby="client-risk" data-testid="client-risk">
            <h2 id="client-risk">{t('admin.client.risk')}</h2>
            {profile?.riskScore ? (
              <p className="client-risk">{t('profile.riskScore.value', { score: profile.riskScore, label: t(`profile.risk.level.${profile.riskScore}`) })}</p>
            ) : (
              <p>{t('admin.client.risk.none')}</p>
            )}
            <h3>{t('admin.client.warnings')}</h3>
            <WarningsList warnings={profile?.warnings} locale={locale} />
          </section>
          <section className="client-card" aria-labelledby="client-budget" data-testid="client-budget">
            <h2 id="client-budget">{t('admin.client.budget')}</h2>
            <dl>
              <dt>{t('profile.budget.income')}</dt><dd>{formatEur(review.monthlyIncomeCents, locale)}</dd>
              <dt>{t('profile.budget.expenses')}</dt><dd>{formatEur(review.monthlyExpensesCents, locale)}</dd>
              <dt>{t('profile.budget.savings')}</dt><dd>{formatEur(review.savingsCapacityCents, locale)}</dd>
              <dt>{t('admin.client.debtRatio')}</dt>
              <dd data-testid="client-debt-ratio">
                {review.debt.ratio === null ? t('admin.client.none') : percent(review.debt.ratio)}
                <span data-testid="client-debt-source"> ({t(`admin.client.debtRatio.source.${review.debt.source}`)})</span>
                {review.debt.exceedsHcsf ? <span className="client-warning"> — {t('admin.client.debtRatio.over')}</span> : null}
              </dd>
              <dt>{t('admin.client.emergency')}</dt>
              <dd data-testid="client-emergency">
                {formatEur(review.liquidCents, locale)}
                {review.emergencyMonths === null ? '' : ` — ${t('admin.client.emergency.value', { months: months(review.emergencyMonths) })}`}
              </dd>
            </dl>
          </section>
        </div>
        <div className="client-grid">
          <section className="client-card" aria-labelledby="client-patrimony" data-testid="client-patrimony">
            <h2 id="client-patrimony">{t('admin.client.patrimony')}</h2>
            <dl>
              <dt>{t('admin.client.gross')}</dt><dd data-testid="client-gross">{formatEur(totals.grossAssetsCents, locale)}</dd>
              <dt>{t('admin.client.liabilities')}</dt><dd>{formatEur(totals.totalLiabilitiesCents, locale)}</dd>
              <dt>{t('admin.client.net')}</dt><dd data-testid="client-net-worth"><strong>{formatEur(totals.netWorthCents, locale)}</strong></dd>
            </dl>
            {assets.length === 0 ? <p>{t('admin.client.noAssets')}</p> : null}
            {review.patrimony.assets.length ? <h3>{t('admin.client.assetsTitle')}</h3> : null}
            <Groups groups={review.patrimony.assets} locale={locale} testId="client-asset-group" />
            {review.patrimony.liabilities.length ? <h3>{t('admin.client.liabilitiesTitle')}</h3> : null}
            <Groups groups={review.patrimony.liabilities} locale={locale} testId="client-liability-group" />
          </section>
          <section className="client-card" aria-labelledby="client-allocation">
            <h2 id="client-allocation">{t('admin.client.allocation')}</h2>
            <ul data-testid="client-allocation">
              {review.allocation.map((slice) => (
                <li key={slice.key}>{categoryLabel(slice.key).label[locale]} : {formatEur(slice.valueCents, locale)} ({percent(slice.share)})</li>
              ))}
            </ul>
            <h2>{t('admin.client.history')}</h2>
            <NetWorthLine points={fromFirstRecordedMonth(history)} locale={locale} />
          </section>
        </div>
        <ClientDocuments req={req} clientId={user.id} advisorId={typeof user.advisor === 'object' && user.advisor ? user.advisor.id : (user.advisor ?? null)} locale={locale} />
        <div className="client-card">
          <KnowledgeComparison data={(profile ?? { owner: user.id }) as unknown as Record<string, unknown>} payload={req.payload} user={req.user} i18n={req.i18n} />
        </div>
        <ClientQuizAttempts req={req} clientId={user.id} locale={locale} />
        {profile ? <ClientAnswers profile={profile as unknown as Record<string, unknown>} locale={locale} /> : null}
      </>
    )
  }
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams} title={title} titleTestId="client-name">
      {body}
    </AdminViewFrame>
  )
}
