import type { onboardingFr } from './onboarding.fr'

/** The "Get started" checklist on the dashboard (English): exactly the keys of onboarding.fr.ts. */
export const onboardingEn: Record<keyof typeof onboardingFr, string> = {
  'onboarding.title': 'Get started',
  'onboarding.lead': 'Five steps to make the most of Atlas.',
  'onboarding.progress': '{done} of {total} steps done',
  'onboarding.progressShort': '{done}/{total}',
  'onboarding.done': 'Done',
  'onboarding.todo': 'To do',
  'onboarding.complete': 'Well done, you have completed every step: your space is ready.',
  'onboarding.hide': 'Hide',
  'onboarding.hideLabel': 'Hide the “Get started” list',
  'onboarding.hidden': 'The “Get started” list is hidden.',
  'onboarding.step.email': 'Confirm your e-mail address',
  'onboarding.step.email.hint': 'Open the link sent to your new address to confirm it.',
  'onboarding.step.questionnaire': 'Fill in the investor questionnaire',
  'onboarding.step.questionnaire.hint': 'Send it to your advisor: their advice builds on it.',
  'onboarding.step.asset': 'Add your first assets',
  'onboarding.step.asset.hint': 'An account, a savings book, a property: your patrimony is built line by line.',
  'onboarding.step.training': 'Start a course',
  'onboarding.step.training.hint': 'Complete a first lesson of the course of your choice.',
  'onboarding.step.advisor': 'Meet your advisor',
  'onboarding.step.advisor.hint': 'Write to them to arrange a first meeting; they then record it in your file.',
  'onboarding.admin.firstMeeting': 'First meeting',
  'onboarding.admin.firstMeeting.none': 'Not recorded yet',
  'errors.onboarding.investorsOnly': 'The “Get started” list is for investors only.',
}
