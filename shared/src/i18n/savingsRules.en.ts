import type { savingsRulesFr } from './savingsRules.fr'

/** English messages of the regulated-savings rules (see savingsRules.fr.ts). */
export const savingsRulesEn: Record<keyof typeof savingsRulesFr, string> = {
  'errors.asset.ceilingDeposits':
    'The legal ceiling of the {product} is {ceiling} of deposits (excluding interest). If capitalised interest took the balance above it, also enter your total deposits; otherwise enter a balance at or below it.',
  'errors.asset.singleHolding':
    'You already have a {product}: the law allows only one per person. Update the existing one instead of adding a second.',
}
