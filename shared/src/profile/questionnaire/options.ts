/**
 * The closed lists of the suitability questionnaire. Values are stored:
 * never rename one. Each value's label is the i18n key
 * `questionnaire.option.<list>.<value>` (see optionLabelKey).
 */
export const MARITAL_STATUSES = ['single', 'married', 'pacs', 'cohabiting', 'divorced', 'widowed'] as const
export const MATRIMONIAL_REGIMES = [
  'communaute-reduite-aux-acquets',
  'separation-de-biens',
  'participation-aux-acquets',
  'communaute-universelle',
  'pacs',
  'none',
] as const
export const EMPLOYMENT_STATUSES = [
  'employee',
  'civil-servant',
  'self-employed',
  'company-head',
  'retired',
  'job-seeker',
  'student',
  'other',
] as const
export const EMPLOYER_SECTORS = [
  'finance',
  'industry',
  'services',
  'public',
  'health',
  'education',
  'agriculture',
  'none',
] as const
export const EDUCATION_LEVELS = ['secondary', 'bachelor', 'master', 'doctorate', 'other'] as const
export const INCOME_SOURCES = ['salary', 'bonus', 'rental', 'pension', 'other'] as const
export const FREQUENCIES = ['monthly', 'yearly'] as const
export const COMMITMENT_KINDS = ['alimony', 'insurance', 'savings-plan', 'childcare', 'other'] as const
export const TRADE_FREQUENCIES = ['never', 'occasionally', 'regularly'] as const
export const VOLUME_BANDS = ['none', 'under-5k', '5k-20k', '20k-100k', 'over-100k'] as const
export const INVESTMENT_PURPOSES = [
  'grow-capital',
  'income',
  'retirement',
  'real-estate',
  'transmission',
  'tax-optimisation',
  'precautionary',
] as const
export const LIQUIDITY_NEEDS = ['none', 'low', 'medium', 'high'] as const
export const GOAL_PRIORITIES = ['high', 'medium', 'low'] as const
export const LOSS_REACTIONS = ['sell-all', 'sell-some', 'hold', 'buy-more'] as const
export const RISK_TRADE_OFFS = ['capital-protection', 'low', 'balanced', 'growth', 'max-growth'] as const
export const VOLATILITY_COMFORTS = [1, 2, 3, 4, 5] as const
export const PAI_TOPICS = [
  'ghg-emissions',
  'biodiversity',
  'water',
  'waste',
  'social-employee',
  'human-rights',
  'anti-corruption',
  'controversial-weapons',
] as const

export const OPTION_LISTS = {
  maritalStatus: MARITAL_STATUSES,
  matrimonialRegime: MATRIMONIAL_REGIMES,
  employmentStatus: EMPLOYMENT_STATUSES,
  employerSector: EMPLOYER_SECTORS,
  educationLevel: EDUCATION_LEVELS,
  incomeSource: INCOME_SOURCES,
  frequency: FREQUENCIES,
  commitmentKind: COMMITMENT_KINDS,
  tradeFrequency: TRADE_FREQUENCIES,
  volumeBand: VOLUME_BANDS,
  purpose: INVESTMENT_PURPOSES,
  liquidityNeed: LIQUIDITY_NEEDS,
  priority: GOAL_PRIORITIES,
  lossReaction: LOSS_REACTIONS,
  tradeOff: RISK_TRADE_OFFS,
  volatilityComfort: VOLATILITY_COMFORTS,
  paiTopic: PAI_TOPICS,
} as const
export type OptionList = keyof typeof OPTION_LISTS

/** The i18n key of one option's label. */
export const optionLabelKey = (list: OptionList, value: string | number): string =>
  `questionnaire.option.${list}.${value}`
