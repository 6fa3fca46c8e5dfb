import { PRODUCT_CLASSES } from '../productClasses'

/**
 * A complete questionnaire, worked by hand in the tests (deriveProfile.test.ts)
 * and reused by the cms and e2e tests as a known-good answer set:
 * income 4 000 €/month, expenses 2 700 €/month, risk score 5 (dynamique).
 */
export function exampleAnswers() {
  return {
    identity: {
      birthDate: '1980-05-17',
      maritalStatus: 'married',
      matrimonialRegime: 'communaute-reduite-aux-acquets',
      dependants: 2,
      residenceCountry: 'FR',
      taxResidence: 'FR',
    },
    work: {
      profession: 'Ingénieure',
      employmentStatus: 'employee',
      employerSector: 'industry',
      educationLevel: 'master',
      targetRetirementAge: 64,
    },
    income: [
      { source: 'salary', label: 'Salaire net', amountCents: 350_000, frequency: 'monthly' },
      { source: 'bonus', label: 'Prime annuelle', amountCents: 600_000, frequency: 'yearly' },
    ],
    expenses: {
      housingCents: 90_000,
      loanRepaymentsCents: 30_000,
      livingCostsCents: 120_000,
      incomeTaxCents: 300_000,
      ifiCents: 0,
      commitments: [{ kind: 'insurance', label: 'Prévoyance', amountCents: 5_000, frequency: 'monthly' }],
    },
    knowledge: PRODUCT_CLASSES.map((productClass) => ({
      productClass,
      knows: productClass === 'funds-etf' || productClass === 'savings-accounts',
      hasTraded: productClass === 'savings-accounts',
      frequency: productClass === 'savings-accounts' ? 'regularly' : 'never',
      volumeBand: productClass === 'savings-accounts' ? 'under-5k' : 'none',
      withinThreeYears: productClass === 'savings-accounts',
    })),
    objectives: {
      purposes: ['retirement', 'grow-capital'],
      horizonYears: 6,
      liquidityNeed: 'low',
      goals: [{ name: 'Résidence secondaire', targetCents: 15_000_000, targetDate: '2032-06-30', priority: 'medium' }],
    },
    riskTolerance: { lossReaction: 'hold', tradeOff: 'balanced', volatilityComfort: 3 },
    capacity: { lossPct: 30 },
    sustainability: { minTaxonomyPct: 10, minSfdrPct: 20, paiConsidered: true, paiTopics: ['ghg-emissions'] },
  }
}
