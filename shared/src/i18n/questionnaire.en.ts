import type { questionnaireFr } from './questionnaire.fr'

export const questionnaireEn: Record<keyof typeof questionnaireFr, string> = {
  'errors.questionnaire.choice': 'Choose one of the answers offered.',
  'errors.questionnaire.yesNo': 'Answer yes or no.',
  'errors.questionnaire.amount': 'Enter an amount in euros, zero or more (for example 1,250.50).',
  'errors.questionnaire.percent': 'Enter a whole percentage between 0 and 100.',
  'errors.questionnaire.text': 'Enter a short text (100 characters at most).',
  'errors.questionnaire.date': 'Enter a valid date (dd/mm/yyyy).',
  'errors.questionnaire.country': 'Choose a country from the list.',
  'errors.questionnaire.rows': 'The list cannot have more than 20 lines.',
  'errors.questionnaire.section': 'This section is not in the expected format.',
  'errors.questionnaire.tradedNever': 'You have invested in this product: say how often.',
  'errors.questionnaire.notTraded': 'With no past transaction, the frequency is “never”.',
  'errors.questionnaire.knowledgeAll': 'Answer once for each of the ten product classes.',
  'errors.questionnaire.dependants': 'Enter a whole number of dependants, 0 to 20.',
  'errors.questionnaire.retirementAge': 'Enter a whole age between 45 and 80.',
  'errors.questionnaire.horizon': 'Enter a whole number of years between 0 and 50.',
  'errors.questionnaire.volatility': 'Choose a level from 1 to 5.',
  'errors.questionnaire.purposes': 'Choose at least one objective.',
  'errors.questionnaire.incomeRequired': 'Enter at least one source of income (a pension, an allowance…).',
  'errors.questionnaire.paiTopics': 'Choose at least one adverse impact to consider.',
  'errors.questionnaire.incomplete': 'The questionnaire is not complete. Steps to finish: {steps}.',
  'errors.questionnaire.locked':
    'Your advisor has validated this profile: move it back to “submitted” to change your answers.',
  'errors.questionnaire.statusForbidden': 'This status change is not allowed.',

  'profile.risk.level.1': 'very cautious',
  'profile.risk.level.2': 'cautious',
  'profile.risk.level.3': 'moderate',
  'profile.risk.level.4': 'balanced',
  'profile.risk.level.5': 'dynamic',
  'profile.risk.level.6': 'aggressive',
  'profile.risk.level.7': 'very aggressive',
  'profile.productClass.savings-accounts': 'Savings accounts',
  'profile.productClass.euro-funds': 'Euro funds',
  'profile.productClass.unit-linked': 'Unit-linked funds',
  'profile.productClass.equities': 'Equities',
  'profile.productClass.bonds': 'Bonds',
  'profile.productClass.funds-etf': 'Funds and ETFs',
  'profile.productClass.scpi': 'SCPI (real-estate funds)',
  'profile.productClass.private-equity': 'Private equity',
  'profile.productClass.crypto': 'Crypto-assets',
  'profile.productClass.derivatives': 'Derivatives',

  'questionnaire.warning.tolerance_vs_horizon':
    'Your appetite for risk is high but your horizon is under 2 years: your advisor will discuss it with you.',
  'questionnaire.warning.tolerance_vs_capacity':
    'Your appetite for risk is high but you could lose less than 10 % of your wealth.',
  'questionnaire.warning.no_knowledge_high_risk':
    'Your score is limited by your knowledge of equities and funds: training can help.',
  'questionnaire.warning.reaction_vs_objective':
    'You aim for growth but would sell everything after a fall: these answers contradict each other.',
  'questionnaire.warning.minor': 'According to your birth date, you are a minor.',
  'questionnaire.warning.negative_savings': 'Your monthly expenses exceed your income.',
  'questionnaire.warning.liquidity_vs_horizon': 'You need a lot of liquidity but have a long investment horizon.',
}
