import type { entitlementsFr } from './entitlements.fr'

/** What a plan unlocks, and what is locked without it (English): exactly the keys of entitlements.fr.ts. */
export const entitlementsEn: Record<keyof typeof entitlementsFr, string> = {
  'entitlements.upgrade': 'See the plans',
  'entitlements.premium.badge': 'Premium',
  'entitlements.premium.unlock': 'Unlock with the Essentiel or Patrimoine plan',
  'entitlements.premium.locked': 'This course is one of the premium courses, included in the Essentiel and Patrimoine plans.',
  'entitlements.premium.signIn': 'Log in to find out whether your plan includes this course.',
  'entitlements.assistant.left': 'You have {left} question(s) left this month out of the {limit} your plan includes.',
  'entitlements.assistant.unlimited': 'Unlimited questions with your plan.',
  'entitlements.assistant.reached': 'You have used the {limit} questions included this month. Upgrade your plan to go on, or wait until {date}.',
  'errors.entitlements.signIn': 'Log in to see what your plan includes.',
  'errors.entitlements.assistantQuota':
    'You have used the {limit} assistant questions your plan includes this month. Upgrade your plan at /tarifs, or wait until {date}.',
  'errors.entitlements.premiumCourse': 'This course is reserved for the Essentiel and Patrimoine plans.',
}
