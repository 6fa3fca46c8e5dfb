import { data, Link, redirect } from 'react-router'
import { isStaff } from '@atlas/shared'
import { monthName } from '@atlas/shared/finance/chartLabels'
import { formatEur } from '@atlas/shared/finance/money'
import { changeSinceLastMonth, fromFirstRecordedMonth, isRecorded, type NetWorthPoint } from '@atlas/shared/finance/netWorthHistory'
import type { Route } from './+types/dashboard'
import { AllocationSection } from '../../components/charts/AllocationSection'
import { NetWorthChart } from '../../components/charts/NetWorthChart'
import { DashboardWidgets } from '../../components/DashboardWidgets'
import { allocationSlices, parseAllocationView } from '../../lib/allocationView'
import { cmsFetch, type CmsResult } from '../../lib/cms.server'
import { ContinueLearningCard } from '../../components/training/ContinueLearningCard' // training widget
import { continueLearning } from '../../lib/continueLearning' // training widget
import { summarisePatrimony, type AssetDoc, type PatrimonyLine } from '../../lib/patrimony'
import { requireUser } from '../../lib/session.server'
import type { CourseView, EnrollmentView } from '../../lib/trainingTypes'
import { useLocale, useT } from '../../lib/translation'
import { QuestionnaireCard, questionnaireSummary } from '../../components/dashboard/QuestionnaireCard'
import { BudgetCard, budgetFigures } from '../../components/dashboard/BudgetCard'
import { debtRatioFromSource } from '@atlas/shared/patrimony/debtRatioSource'
import { GoalsCard, goalsFigures } from '../../components/dashboard/GoalsCard'
import { OnboardingCard } from '../../components/onboarding/OnboardingCard'
import { onboardingChecklist, type OnboardingFacts } from '@atlas/shared/onboarding/checklist'
import { PerformanceCard, type PeriodFigures } from '../../components/performance/PerformanceCard'
import { patrimonyPerformance } from '@atlas/shared/patrimony/assetPerformance'

const PROFILE_STATUSES = ['draft', 'submitted', 'validated'] as const
type ProfileStatus = (typeof PROFILE_STATUSES)[number]
type ProfileDoc = { id: string | number; status?: string }

/** What GET /api/portal/dashboard answers (docs/api.md). */
type DashboardData = {
  profile: ProfileDoc | null
  assets: AssetDoc[]
  history: NetWorthPoint[]
  periodPerformance?: PeriodFigures
  enrollments: EnrollmentView[]
  courses: CourseView[]
  onboarding: OnboardingFacts
}

const statusOf = (profile: ProfileDoc | null): ProfileStatus =>
  PROFILE_STATUSES.find((status) => status === profile?.status) ?? 'draft'

/** The dashboard's data, or: sign in again on 401/403, the outage page otherwise. */
function dataOrThrow(result: CmsResult<DashboardData>, request: Request): DashboardData {
  if (result.ok) return result.data
  if (result.status === 401 || result.status === 403) {
    const url = new URL(request.url)
    throw redirect(`/connexion?redirectTo=${encodeURIComponent(url.pathname)}`)
  }
  throw data({ reason: 'cms-unavailable' }, { status: 503 })
}

export async function loader({ request }: Route.LoaderArgs) {
  const { user, token, headers } = await requireUser(request)
  // Staff see the layout's pointer to the admin; their token reads other people's data.
  if (isStaff(user.role)) return data({ investor: null }, { headers })

  // One request for the whole page: one hop and one authentication in the cms, not five.
  const dashboard = dataOrThrow(await cmsFetch<DashboardData>('/api/portal/dashboard', { token }), request)
  const { profile, assets: docs, history } = dashboard
  const resume = continueLearning(dashboard.enrollments, dashboard.courses)
  const patrimony = summarisePatrimony(docs)
  if (patrimony.skipped > 0) console.warn(`[atlas web] ${patrimony.skipped} asset(s) of user ${user.id} not counted`)
  const budget = budgetFigures(profile)
  // The loans' mensualités when recorded, else the questionnaire's repayments (docs/decisions/032).
  const answered = (profile as { expenses?: { loanRepaymentsCents?: unknown } } | null)?.expenses?.loanRepaymentsCents
  const debt = debtRatioFromSource(docs, answered, budget.monthlyIncomeCents)
  const view = parseAllocationView(new URL(request.url).searchParams.get('repartition'))
  return data(
    {
      investor: {
        profileStatus: statusOf(profile),
        patrimony,
        // Months before the first recorded value are not drawn; the change needs two months with data.
        history: fromFirstRecordedMonth(history),
        startsLate: history.length > 0 && !isRecorded(history[0]!),
        changeCents: changeSinceLastMonth(history),
        allocation: { view, slices: allocationSlices(docs, view) },
        questionnaire: questionnaireSummary(profile),
        budget,
        debt,
        goals: goalsFigures(profile, budget.savingsCapacityCents, new Date()),
        resume,
        // Hidden for good once dismissed (the cms remembers it per account).
        onboarding: {
          checklist: dashboard.onboarding.dismissedAt ? null : onboardingChecklist(dashboard.onboarding),
          justHidden: new URL(request.url).searchParams.get('bien-demarrer') === 'masque',
        },
        performance: { overall: patrimonyPerformance(docs, new Date()).overall, period: dashboard.periodPerformance ?? null },
      },
    },
    { headers },
  )
}

function Lines({ lines, testId }: { lines: PatrimonyLine[]; testId: string }) {
  const locale = useLocale()
  const percent = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent' })
  return (
    <ul className="holding-list">
      {lines.map((line) => (
        <li key={line.id} className="holding" data-testid={testId}>
          <span className="holding-name">
            <span className="holding-label">{line.label || line.category[locale]}</span>
            {line.label ? <span className="holding-category">{line.category[locale]}</span> : null}
          </span>
          <span className="holding-value">
            {formatEur(line.countedCents, locale)}
            {line.sharePct < 100 ? <span className="holding-share"> ({percent.format(line.sharePct / 100)})</span> : null}
          </span>
        </li>
      ))}
    </ul>
  )
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { investor } = loaderData
  if (!investor) return null
  const { patrimony, profileStatus, history, changeCents, allocation, resume } = investor
  const { totals } = patrimony
  const empty = patrimony.assets.length === 0 && patrimony.liabilities.length === 0
  return (
    <div className="dashboard">
      <h1>{t('dashboard.title')}</h1>
      <p className="profile-status">
        <span>{t('dashboard.profile')}</span>
        <strong className={`pill pill-${profileStatus}`} data-testid="profile-status">
          {t(`dashboard.profile.${profileStatus}`)}
        </strong>
      </p>
      <OnboardingCard view={investor.onboarding} />
      <div className="dashboard-cards">
        <QuestionnaireCard summary={investor.questionnaire} />
        <ContinueLearningCard resume={resume} />
      </div>
      {empty ? (
        <section className="card empty-state" data-testid="empty-state">
          <h2>{t('dashboard.empty.title')}</h2>
          <p>{t('dashboard.empty.body')}</p>
          <ol className="next-steps">
            {investor.questionnaire.nextStep ? (
            <li>
              <Link to="/portail/questionnaire" data-testid="step-questionnaire"><strong>{t('dashboard.empty.profile.title')}</strong></Link>
              <span>{t('dashboard.empty.profile.body')}</span>
            </li>
            ) : null}
            <li>
              <Link to="/portail/patrimoine/nouveau" data-testid="step-add-asset"><strong>{t('dashboard.empty.asset.title')}</strong></Link>
              <span>{t('dashboard.empty.asset.body')}</span>
            </li>
          </ol>
        </section>
      ) : (
        <>
          <section className="card net-worth" aria-labelledby="net-worth-title">
            <h2 id="net-worth-title" className="net-worth-title">{t('dashboard.netWorth')}</h2>
            <p className="net-worth-amount" data-testid="net-worth">{formatEur(totals.netWorthCents, locale)}</p>
            {changeCents === null ? null : (
              <p className="net-worth-change" data-testid="net-worth-change">
                {t('dashboard.change', { change: `${changeCents > 0 ? '+' : changeCents < 0 ? '−' : ''}${formatEur(Math.abs(changeCents), locale)}` })}
              </p>
            )}
            <p className="net-worth-hint">{t('dashboard.netWorthHint')}</p>
            <dl className="net-worth-parts">
              <div><dt>{t('dashboard.totalAssets')}</dt><dd data-testid="total-assets">{formatEur(totals.grossAssetsCents, locale)}</dd></div>
              <div><dt>{t('dashboard.totalLiabilities')}</dt><dd data-testid="total-liabilities">{formatEur(totals.totalLiabilitiesCents, locale)}</dd></div>
            </dl>
          </section>
          <PerformanceCard overall={investor.performance.overall} period={investor.performance.period} />
          <div className="charts">
            <section className="card" aria-labelledby="history-title">
              <h2 id="history-title">{t('dashboard.history.title')}</h2>
              {history.length ? <NetWorthChart points={history} /> : <p className="muted">{t('dashboard.history.empty')}</p>}
              {history.length && investor.startsLate ? (
                <p className="muted" data-testid="net-worth-first-month">{t('dashboard.history.since', { month: monthName(history[0]!.month, locale, 'long') })}</p>
              ) : null}
            </section>
            <AllocationSection view={allocation.view} slices={allocation.slices} />
          </div>
          <div className="holdings">
            <section className="card" aria-labelledby="assets-title">
              <h2 id="assets-title">{t('dashboard.assets')}</h2>
              <Lines lines={patrimony.assets} testId="asset-row" />
            </section>
            <section className="card" aria-labelledby="liabilities-title">
              <h2 id="liabilities-title">{t('dashboard.liabilities')}</h2>
              {patrimony.liabilities.length ? (
                <Lines lines={patrimony.liabilities} testId="liability-row" />
              ) : (
                <p className="muted">{t('dashboard.noLiabilities')}</p>
              )}
            </section>
          </div>
          <p><Link to="/portail/patrimoine" className="button button-secondary">{t('dashboard.managePatrimony')}</Link></p>
        </>
      )}
      <DashboardWidgets>
        <BudgetCard budget={investor.budget} debt={investor.debt} />
        <GoalsCard plan={investor.goals} />
      </DashboardWidgets>
    </div>
  )
}
