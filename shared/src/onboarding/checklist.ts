/**
 * The "Bien démarrer" checklist of a new investor (issue #12): five steps,
 * each done or not from real data the cms answers on the dashboard
 * (cms/src/endpoints/onboardingFacts.ts), each with the place it is done.
 *
 * - email: the login address is confirmed — the account is verified and no
 *   new address waits for its link (an e-mail change leaves it open).
 * - questionnaire: sent to the advisor (submitted; validated counts too).
 * - asset: at least one asset or liability recorded.
 * - training: a first lesson completed (in any course).
 * - advisor: the advisor has recorded the first meeting on the profile
 *   ("Premier rendez-vous le", set by the advisor in the admin); the link
 *   writes to the advisor to arrange it.
 */
export const ONBOARDING_STEPS = ['email', 'questionnaire', 'asset', 'training', 'advisor'] as const
export type OnboardingStepId = (typeof ONBOARDING_STEPS)[number]

/** What the cms knows, as the dashboard endpoint answers it. */
export type OnboardingFacts = {
  emailConfirmed: boolean
  questionnaireStatus: 'draft' | 'submitted' | 'validated' | null
  assetCount: number
  lessonCompleted: boolean
  firstMeetingAt: string | null
  /** When the investor hid the card (null: never). */
  dismissedAt: string | null
  /** The advisor's address, for the "rencontrer" step's link (null: none yet). */
  advisorEmail: string | null
}

export type OnboardingStep = { id: OnboardingStepId; done: boolean; href: string }
export type OnboardingChecklist = { steps: OnboardingStep[]; doneCount: number; total: number; complete: boolean; dismissed: boolean }

const isDone = (id: OnboardingStepId, facts: OnboardingFacts): boolean => {
  switch (id) {
    case 'email':
      return facts.emailConfirmed
    case 'questionnaire':
      return facts.questionnaireStatus === 'submitted' || facts.questionnaireStatus === 'validated'
    case 'asset':
      return facts.assetCount > 0
    case 'training':
      return facts.lessonCompleted
    case 'advisor':
      return facts.firstMeetingAt !== null
  }
}

/** Where each step is done; the advisor step writes to the advisor (the contact form without one). */
export const stepHref = (id: OnboardingStepId, facts: Pick<OnboardingFacts, 'advisorEmail'>): string => {
  switch (id) {
    case 'email':
      return '/portail/securite'
    case 'questionnaire':
      return '/portail/questionnaire'
    case 'asset':
      return '/portail/patrimoine/nouveau'
    case 'training':
      return '/formation'
    case 'advisor':
      return facts.advisorEmail ? `mailto:${facts.advisorEmail}` : '/contact'
  }
}

export function onboardingChecklist(facts: OnboardingFacts): OnboardingChecklist {
  const steps = ONBOARDING_STEPS.map((id) => ({ id, done: isDone(id, facts), href: stepHref(id, facts) }))
  const doneCount = steps.filter((step) => step.done).length
  return { steps, doneCount, total: steps.length, complete: doneCount === steps.length, dismissed: facts.dismissedAt !== null }
}
