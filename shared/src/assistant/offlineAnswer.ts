import { formatEur, type Cents } from '../finance/money'
import type { Locale } from '../i18n/locales'
import { categoryLabel } from '../patrimony/categories'
import type { InvestorSummary } from './investorSummary'
import { wrapperGuide, type Wrapper } from './wrapperGuide'

/**
 * The assistant without a provider: a rule-based answerer that explains the
 * investor's own figures and what the savings wrappers are. Intents are
 * matched on the question with accents and case folded, in French and
 * English; the same question and figures always give the same answer.
 */
export type Intent = 'greeting' | 'netWorth' | 'debts' | 'allocation' | 'budget' | 'goals' | 'risk' | 'advice' | 'wrapper'

/** Lower case, no accents, apostrophes and dashes as spaces. */
export const foldQuestion = (text: string) =>
  ` ${text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`\-_/?!.,;:()«»"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `

const PATTERNS: Record<Exclude<Intent, 'wrapper'>, RegExp> = {
  greeting: /\b(bonjour|salut|bonsoir|hello|hi|hey|aide|help|que (peux|sais) tu|what can you)\b/,
  netWorth: /\b(patrimoine|net worth|worth|combien (j ai|je possede|ai je|possede)|how much (do i|i) (own|have)|valeur totale|total value|fortune)\b/,
  debts: /\b(dettes?|credits?|emprunts?|pret immobilier|debts?|loans?|mortgage|liabilit(y|ies)|je dois)\b/,
  allocation: /\b(repartition|repartis|allocation|diversifi\w*|split|spread|exposition|exposure|placements?)\b/,
  budget: /\b(budget|capacite d epargne|epargner par mois|epargne mensuelle|revenus?|depenses?|income|expenses?|savings capacity|save (each|per|a) month|monthly savings|mettre de cote)\b/,
  goals: /\b(objectifs?|projets?|goals?|targets?|plans? d epargne pour)\b/,
  risk: /\b(risques?|profil de risque|score|risk|risk profile|tolerance)\b/,
  advice: /\b(dois je|devrais je|faut il|conseille[sz]?|recommand\w*|should i|what should|recommend\w*|acheter|vendre|buy|sell|meilleur placement|best investment)\b/,
}

const WRAPPER_PATTERNS: [Wrapper, RegExp][] = [
  ['pea-pme', /\bpea pme\b/],
  ['pea', /\bpea\b(?! pme)/],
  ['life-insurance', /\b(assurance vie|life insurance|fonds euros?|euro fund|unites? de compte|unit linked)\b/],
  // "per" is also English ("per month"): the wrapper only when not followed by a unit.
  ['per', /\b(per(?! (month|year|week|day|cent|person))|plan d epargne retraite|retirement (savings )?plan|retraite|retirement)\b/],
  ['livret-a', /\b(livret a|livrets?)\b/],
  ['ldds', /\b(ldds|ldd)\b/],
  ['lep', /\blep\b/],
  ['pel', /\b(pel|plan d epargne logement|home savings plan)\b/],
  ['securities-account', /\b(compte titres?|securities account|cto)\b/],
  ['scpi', /\b(scpi|pierre papier)\b/],
]
const WRAPPER_WORD = /\b(enveloppes?|wrappers?|supports?|produits? d epargne|savings products?)\b/

/** The intents a question expresses, in a fixed order, and the wrappers it names. */
export function intentsOf(question: string): { intents: Intent[]; wrappers: Wrapper[] } {
  const folded = foldQuestion(question)
  const wrappers = WRAPPER_PATTERNS.filter(([, pattern]) => pattern.test(folded)).map(([wrapper]) => wrapper)
  // "livret" alone means the Livret A unless another livret is named.
  const named = wrappers.filter((w) => !(w === 'livret-a' && (wrappers.includes('ldds') || wrappers.includes('lep')) && !/\blivret a\b/.test(folded)))
  const intents = (Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]).filter((intent) => PATTERNS[intent].test(folded)) as Intent[]
  if (named.length || WRAPPER_WORD.test(folded)) intents.push('wrapper')
  // A greeting inside a real question is just politeness.
  const real = intents.filter((i) => i !== 'greeting')
  return { intents: real.length ? real : intents, wrappers: named }
}

const SPEECH = {
  fr: {
    greeting:
      'Bonjour ! Je peux vous expliquer vos propres chiffres — patrimoine net, dettes, répartition, budget et capacité d’épargne, objectifs, profil de risque — et ce qu’est une enveloppe (Livret A, LDDS, LEP, PEL, PEA, assurance-vie, PER, compte-titres, SCPI).',
    netWorth: (net: string, gross: string, debts: string) =>
      `Votre patrimoine net est de **${net}** : ${gross} d’actifs moins ${debts} de dettes, en comptant chaque bien pour la part qui vous revient.`,
    noAssets: 'Vous n’avez encore enregistré aucun actif ni aucune dette : ajoutez-les dans « Patrimoine » et je pourrai calculer votre patrimoine net.',
    debts: (total: string) => `Vos dettes s’élèvent à **${total}** :`,
    noDebts: 'Vous n’avez enregistré aucune dette.',
    allocation: 'Vos actifs se répartissent ainsi :',
    noAllocation: 'Aucun actif enregistré : la répartition apparaîtra quand vous en aurez ajouté dans « Patrimoine ».',
    budget: (income: string, expenses: string, savings: string) =>
      `Chaque mois : **${income}** de revenus, **${expenses}** de dépenses, soit une capacité d’épargne de **${savings}**.`,
    noBudget: 'Vos revenus et dépenses ne sont pas encore renseignés : complétez les étapes « Revenus » et « Dépenses » du questionnaire.',
    goalLine: (name: string, target: string, months: number, monthly: string | null) =>
      monthly === null ? `${name} : ${target}, date dépassée` : `${name} : ${target} dans ${months} mois, soit **${monthly} par mois** (sans rendement)`,
    goals: 'Vos objectifs :',
    goalsFit: (total: string, margin: string) => `Ensemble ils demandent ${total} par mois ; votre capacité d’épargne laisse **${margin}** de marge.`,
    goalsShort: (total: string, margin: string) => `Ensemble ils demandent ${total} par mois : il manque **${margin}** par mois à votre capacité d’épargne.`,
    noGoals: 'Vous n’avez pas encore d’objectif : ajoutez-en à l’étape « Objectifs » du questionnaire.',
    risk: (score: number, label: string) => `Votre score de risque est **${score}/7 (${label})**, calculé à partir de vos réponses au questionnaire.`,
    horizon: (years: number) => `Votre horizon de placement est de ${years} an${years > 1 ? 's' : ''}.`,
    noRisk: 'Votre score de risque n’est pas encore calculé : terminez le questionnaire de profil.',
    advice:
      'Je donne de l’information, pas de conseil personnalisé : pour savoir quoi acheter, vendre ou choisir, parlez-en à votre conseiller, qui connaît l’ensemble de votre situation.',
    wrappers: 'Les principales enveloppes d’épargne :',
    fallback:
      'Je n’ai pas compris la question. En mode hors ligne, je réponds sur votre patrimoine net, vos dettes, la répartition de vos actifs, votre budget, vos objectifs, votre profil de risque, et sur les enveloppes (PEA, assurance-vie, PER, Livret A…).',
  },
  en: {
    greeting:
      'Hello! I can explain your own figures — net worth, debts, allocation, budget and savings capacity, goals, risk profile — and what a savings wrapper is (Livret A, LDDS, LEP, PEL, PEA, assurance-vie, PER, securities account, SCPI).',
    netWorth: (net: string, gross: string, debts: string) =>
      `Your net worth is **${net}**: ${gross} of assets minus ${debts} of debts, each item counted for the share that is yours.`,
    noAssets: 'You have not recorded any asset or debt yet: add them under “Patrimony” and I can compute your net worth.',
    debts: (total: string) => `Your debts come to **${total}**:`,
    noDebts: 'You have not recorded any debt.',
    allocation: 'Your assets are spread like this:',
    noAllocation: 'No asset recorded: the allocation will appear once you add some under “Patrimony”.',
    budget: (income: string, expenses: string, savings: string) =>
      `Each month: **${income}** of income, **${expenses}** of expenses, a savings capacity of **${savings}**.`,
    noBudget: 'Your income and expenses are not filled in yet: complete the “Income” and “Expenses” steps of the questionnaire.',
    goalLine: (name: string, target: string, months: number, monthly: string | null) =>
      monthly === null ? `${name}: ${target}, date passed` : `${name}: ${target} in ${months} months, **${monthly} a month** (no return assumed)`,
    goals: 'Your goals:',
    goalsFit: (total: string, margin: string) => `Together they ask ${total} a month; your savings capacity leaves **${margin}** to spare.`,
    goalsShort: (total: string, margin: string) => `Together they ask ${total} a month: your savings capacity is **${margin}** a month short.`,
    noGoals: 'You have no goal yet: add some at the “Objectives” step of the questionnaire.',
    risk: (score: number, label: string) => `Your risk score is **${score}/7 (${label})**, computed from your questionnaire answers.`,
    horizon: (years: number) => `Your investment horizon is ${years} year${years > 1 ? 's' : ''}.`,
    noRisk: 'Your risk score is not computed yet: finish the profile questionnaire.',
    advice:
      'I give information, not personal advice: to decide what to buy, sell or choose, talk to your advisor, who knows your whole situation.',
    wrappers: 'The main savings wrappers:',
    fallback:
      'I did not understand the question. In offline mode I answer about your net worth, debts, asset allocation, budget, goals, risk profile, and the savings wrappers (PEA, assurance-vie, PER, Livret A…).',
  },
} as const

const OVERVIEW: Wrapper[] = ['livret-a', 'pea', 'life-insurance', 'per', 'securities-account']

const percent = (share: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share)

/** The offline answer to `question`, in markdown-ish text (bold, bullet lists, paragraphs). */
export function offlineAnswer(question: string, summary: InvestorSummary, locale: Locale): string {
  const s = SPEECH[locale]
  const eur = (cents: Cents) => formatEur(cents, locale)
  const sep = locale === 'fr' ? ' : ' : ': '
  const { intents, wrappers } = intentsOf(question)
  const { totals, budget, goals } = summary
  const empty = summary.allocation.length === 0 && summary.liabilities.length === 0
  const parts: string[] = []
  for (const intent of intents) {
    switch (intent) {
      case 'greeting':
        parts.push(s.greeting)
        break
      case 'netWorth':
        parts.push(empty ? s.noAssets : s.netWorth(eur(totals.netWorthCents), eur(totals.grossAssetsCents), eur(totals.totalLiabilitiesCents)))
        break
      case 'debts':
        parts.push(
          summary.liabilities.length
            ? [s.debts(eur(totals.totalLiabilitiesCents)), ...summary.liabilities.map((d) => `- ${categoryLabel(d.category).label[locale]}${sep}${eur(d.valueCents)}`)].join('\n')
            : s.noDebts,
        )
        break
      case 'allocation':
        parts.push(
          summary.allocation.length
            ? [s.allocation, ...summary.allocation.map((a) => `- ${categoryLabel(a.category).label[locale]}${sep}${percent(a.share, locale)} (${eur(a.valueCents)})`)].join('\n')
            : s.noAllocation,
        )
        break
      case 'budget':
        parts.push(
          budget.monthlyIncomeCents || budget.monthlyExpensesCents
            ? s.budget(eur(budget.monthlyIncomeCents), eur(budget.monthlyExpensesCents), eur(budget.savingsCapacityCents))
            : s.noBudget,
        )
        break
      case 'goals':
        parts.push(
          goals.goals.length
            ? [
                s.goals,
                ...goals.goals.map((g) => `- ${s.goalLine(g.name, eur(g.targetCents), g.monthsLeft, g.monthlyNeededCents === null ? null : eur(g.monthlyNeededCents))}`),
                '',
                goals.marginCents >= 0 ? s.goalsFit(eur(goals.totalMonthlyNeededCents), eur(goals.marginCents)) : s.goalsShort(eur(goals.totalMonthlyNeededCents), eur(-goals.marginCents)),
              ].join('\n')
            : s.noGoals,
        )
        break
      case 'risk':
        parts.push(
          [summary.risk ? s.risk(summary.risk.score, summary.risk.label[locale]) : s.noRisk, summary.horizonYears !== null ? s.horizon(summary.horizonYears) : '']
            .filter(Boolean)
            .join(' '),
        )
        break
      case 'wrapper':
        parts.push(
          wrappers.length
            ? wrappers.map((w) => wrapperGuide(w, locale)).join('\n\n')
            : [s.wrappers, ...OVERVIEW.map((w) => `- ${wrapperGuide(w, locale)}`)].join('\n'),
        )
        break
      case 'advice':
        parts.push(s.advice)
        break
    }
  }
  return parts.length ? parts.join('\n\n') : s.fallback
}
