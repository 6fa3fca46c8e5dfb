/** What a plan unlocks, and what is locked without it (French, the reference: entitlements.en.ts has exactly these keys). */
export const entitlementsFr = {
  'entitlements.upgrade': 'Voir les offres',
  'entitlements.premium.badge': 'Premium',
  'entitlements.premium.unlock': 'Débloquer avec l’offre Essentiel ou Patrimoine',
  'entitlements.premium.locked': 'Cette formation fait partie des parcours premium, inclus dans les offres Essentiel et Patrimoine.',
  'entitlements.premium.signIn': 'Connectez-vous pour savoir si votre offre inclut cette formation.',
  'entitlements.assistant.left': 'Il vous reste {left} question(s) ce mois-ci sur {limit} incluses dans votre offre.',
  'entitlements.assistant.unlimited': 'Questions illimitées avec votre offre.',
  'entitlements.assistant.reached': 'Vous avez utilisé les {limit} questions incluses ce mois-ci. Passez à une offre supérieure pour continuer, ou attendez le {date}.',
  'errors.entitlements.signIn': 'Connectez-vous pour voir ce que votre offre inclut.',
  'errors.entitlements.assistantQuota':
    'Vous avez utilisé les {limit} questions à l’assistant incluses ce mois-ci dans votre offre. Passez à une offre supérieure sur /tarifs, ou attendez le {date}.',
  'errors.entitlements.premiumCourse': 'Cette formation est réservée aux offres Essentiel et Patrimoine.',
}
