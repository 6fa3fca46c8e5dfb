import type { Field } from 'payload'

/**
 * When the investor hid the "Bien démarrer" checklist of their dashboard.
 * Written only by POST /api/portal/onboarding/dismiss, for the caller's own
 * account (no REST write: create/update access is nobody's). Private like
 * every non-public account field (access/privateFields.ts): the person,
 * admins and the investor's advisor read it.
 */
export const onboardingDismissedAt: Field = {
  name: 'onboardingDismissedAt',
  label: { fr: 'Liste « Bien démarrer » masquée le', en: '“Get started” list hidden on' },
  type: 'date',
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.role === 'investor' && Boolean(data?.onboardingDismissedAt) },
}
