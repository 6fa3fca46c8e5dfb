import { allocationByCategory } from '../finance/allocation'
import type { GoalsPlan } from '../finance/goalsPlan'
import type { Cents } from '../finance/money'
import { formatEur, roundHalfAwayFromZero } from '../finance/money'
import { netWorth, weightedHundredths, type Holding, type NetWorth } from '../finance/netWorth'
import type { Locale } from '../i18n/locales'
import { categoryLabel, type AssetCategory, type LiabilityCategory } from '../patrimony/categories'
import { holdingOf, type AssetFigures } from '../patrimony/holdingOf'
import { budgetOfProfile, goalsOfProfile, type BudgetFigures } from '../profile/profileFigures'
import { RISK_LEVELS, type RiskScoreValue } from '../profile/riskScore'

/**
 * What the assistant knows about the investor who asks: figures computed
 * from their own profile and assets with the finance functions, never the
 * documents themselves. Free text the investor typed (asset labels,
 * institutions, goal names aside) is left out, so little personal data
 * leaves for the provider.
 */
export type InvestorSummary = {
  profileStatus: 'draft' | 'submitted' | 'validated'
  risk: { score: RiskScoreValue; label: { fr: string; en: string } } | null
  horizonYears: number | null
  totals: NetWorth
  /** Assets by category, largest first, with shares that add up to 1. */
  allocation: { category: AssetCategory; valueCents: Cents; share: number }[]
  /** Debts by category, largest first. */
  liabilities: { category: LiabilityCategory; valueCents: Cents }[]
  budget: BudgetFigures
  goals: GoalsPlan
  /** Asset documents that could not be counted. */
  skipped: number
}

export type SummaryProfile = Record<string, unknown> | null

const STATUSES = ['draft', 'submitted', 'validated'] as const

const riskOf = (profile: SummaryProfile): InvestorSummary['risk'] => {
  const score = profile?.riskScore
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 7) return null
  return { score: score as RiskScoreValue, label: RISK_LEVELS[score as RiskScoreValue] }
}

const horizonOf = (profile: SummaryProfile): number | null => {
  const years = (profile?.objectives as { horizonYears?: unknown } | undefined)?.horizonYears
  return typeof years === 'number' && Number.isFinite(years) && years >= 0 ? years : null
}

/** The summary of one investor's profile (may be missing) and asset documents, as of `now`. */
export function investorSummary(profile: SummaryProfile, assets: readonly AssetFigures[], now: Date): InvestorSummary {
  const holdings = assets.map(holdingOf).filter((h): h is Holding => h !== null)
  // Each category sums the exact products value × share (hundredths of a cent) and rounds once, like
  // netWorth's total: rounding each debt first could leave the lines a cent away from the total.
  const debtHundredths = new Map<LiabilityCategory, number>()
  for (const holding of holdings) {
    if (holding.kind !== 'liability') continue
    const category = holding.category as LiabilityCategory
    debtHundredths.set(category, (debtHundredths.get(category) ?? 0) + weightedHundredths(holding))
  }
  const debts = [...debtHundredths].map(([category, hundredths]) => [category, roundHalfAwayFromZero(hundredths / 100)] as const)
  const budget = budgetOfProfile(profile)
  const status = STATUSES.find((s) => s === profile?.status) ?? 'draft'
  return {
    profileStatus: status,
    risk: riskOf(profile),
    horizonYears: horizonOf(profile),
    totals: netWorth(holdings),
    allocation: allocationByCategory(holdings).map(({ key, valueCents, share }) => ({ category: key, valueCents, share })),
    liabilities: debts
      .map(([category, valueCents]) => ({ category, valueCents }))
      .sort((a, b) => b.valueCents - a.valueCents || a.category.localeCompare(b.category)),
    budget,
    goals: goalsOfProfile(profile, budget.savingsCapacityCents, now),
    skipped: assets.length - holdings.length,
  }
}

const percent = (share: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share)

const monthYear = (isoDate: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  )

const TEXT = {
  fr: {
    status: { draft: 'questionnaire en cours', submitted: 'questionnaire envoyé au conseiller', validated: 'questionnaire validé par le conseiller' },
    risk: (score: number, label: string) => `score de risque ${score}/7 (${label})`,
    noRisk: 'score de risque pas encore calculé',
    horizon: (years: number) => `horizon ${years} an${years > 1 ? 's' : ''}`,
    noHorizon: 'horizon non renseigné',
    profile: 'Profil',
    netWorth: (net: string, gross: string, debts: string) => `Patrimoine net : ${net} (actifs ${gross}, dettes ${debts})`,
    allocation: 'Répartition des actifs',
    none: 'aucun',
    liabilities: 'Dettes',
    budget: (income: string, expenses: string, savings: string) =>
      `Budget mensuel : revenus ${income}, dépenses ${expenses}, capacité d’épargne ${savings}`,
    noBudget: 'Budget mensuel : non renseigné',
    goals: 'Objectifs',
    goal: (name: string, target: string, date: string, monthly: string | null) =>
      `${name} : ${target} pour ${date}${monthly ? ` (${monthly} par mois sans rendement)` : ' (date passée)'}`,
    goalsTotal: (total: string, margin: string, fits: boolean) =>
      fits ? `les objectifs demandent ${total} par mois, il reste ${margin} de marge` : `les objectifs demandent ${total} par mois, il manque ${margin}`,
  },
  en: {
    status: { draft: 'questionnaire in progress', submitted: 'questionnaire sent to the advisor', validated: 'questionnaire validated by the advisor' },
    risk: (score: number, label: string) => `risk score ${score}/7 (${label})`,
    noRisk: 'risk score not computed yet',
    horizon: (years: number) => `${years}-year horizon`,
    noHorizon: 'horizon not given',
    profile: 'Profile',
    netWorth: (net: string, gross: string, debts: string) => `Net worth: ${net} (assets ${gross}, debts ${debts})`,
    allocation: 'Asset allocation',
    none: 'none',
    liabilities: 'Debts',
    budget: (income: string, expenses: string, savings: string) =>
      `Monthly budget: income ${income}, expenses ${expenses}, savings capacity ${savings}`,
    noBudget: 'Monthly budget: not given',
    goals: 'Goals',
    goal: (name: string, target: string, date: string, monthly: string | null) =>
      `${name}: ${target} by ${date}${monthly ? ` (${monthly} a month, no return assumed)` : ' (date passed)'}`,
    goalsTotal: (total: string, margin: string, fits: boolean) =>
      fits ? `the goals ask ${total} a month, leaving ${margin}` : `the goals ask ${total} a month, ${margin} short`,
  },
} as const

/**
 * The summary as a few compact lines in the investor's language, for the
 * system prompt. Amounts formatted as the investor reads them.
 */
export function summaryText(summary: InvestorSummary, locale: Locale): string {
  const t = TEXT[locale]
  const eur = (cents: Cents) => formatEur(cents, locale)
  const sep = locale === 'fr' ? ' : ' : ': '
  const { totals, budget, goals } = summary
  const lines = [
    `${t.profile}${sep}${[
      summary.risk ? t.risk(summary.risk.score, summary.risk.label[locale]) : t.noRisk,
      summary.horizonYears !== null ? t.horizon(summary.horizonYears) : t.noHorizon,
      t.status[summary.profileStatus],
    ].join(', ')}`,
    t.netWorth(eur(totals.netWorthCents), eur(totals.grossAssetsCents), eur(totals.totalLiabilitiesCents)),
    `${t.allocation}${sep}${
      summary.allocation.length
        ? summary.allocation.map((s) => `${categoryLabel(s.category).label[locale]} ${percent(s.share, locale)} (${eur(s.valueCents)})`).join(' ; ')
        : t.none
    }`,
    `${t.liabilities}${sep}${
      summary.liabilities.length ? summary.liabilities.map((d) => `${categoryLabel(d.category).label[locale]} ${eur(d.valueCents)}`).join(' ; ') : t.none
    }`,
    budget.monthlyIncomeCents || budget.monthlyExpensesCents
      ? t.budget(eur(budget.monthlyIncomeCents), eur(budget.monthlyExpensesCents), eur(budget.savingsCapacityCents))
      : t.noBudget,
    `${t.goals}${sep}${
      goals.goals.length
        ? `${goals.goals
            .map((g) => t.goal(g.name, eur(g.targetCents), monthYear(g.targetDate, locale), g.monthlyNeededCents === null ? null : eur(g.monthlyNeededCents)))
            .join(' ; ')} — ${t.goalsTotal(eur(goals.totalMonthlyNeededCents), eur(Math.abs(goals.marginCents)), goals.marginCents >= 0)}`
        : t.none
    }`,
  ]
  return lines.join('\n')
}
