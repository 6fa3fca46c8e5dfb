/** Billing: checkout, subscription and Stripe webhook messages (French, the reference: billing.en.ts has exactly these keys). */
export const billingFr = {
  'billing.notification.paymentFailed.title': 'Votre paiement n’a pas abouti',
  'billing.notification.paymentFailed.body':
    'Le paiement de {amount} pour votre abonnement {plan} a échoué. Mettez à jour votre moyen de paiement pour garder l’accès à vos services.',
  'errors.billing.signIn': 'Connectez-vous pour gérer votre abonnement.',
  'errors.billing.investorsOnly': 'L’abonnement est réservé aux investisseurs.',
  'errors.billing.plan': 'Choisissez une offre disponible.',
  'errors.billing.interval': 'Choisissez une périodicité : mensuelle ou annuelle.',
  'errors.billing.noYearly': 'Cette offre n’a pas de formule annuelle.',
  'errors.billing.freePlan': 'Cette offre est gratuite : aucun paiement n’est nécessaire.',
  'errors.billing.alreadySubscribed': 'Vous avez déjà un abonnement en cours. Gérez-le depuis « Mon abonnement ».',
  'errors.billing.stripeUnavailable':
    'Le service de paiement ne répond pas pour le moment. Aucun paiement n’a été effectué : réessayez dans quelques minutes.',
  'errors.billing.planNotSynced': 'Cette offre n’est pas encore disponible au paiement. Réessayez dans quelques minutes.',
  'errors.billing.sessionNotFound': 'Cette session de paiement est introuvable.',
  'errors.billing.sessionClosed': 'Cette session de paiement est déjà terminée.',
  'errors.billing.noSubscription': 'Vous n’avez pas d’abonnement à gérer.',
  'errors.billing.demoOnly': 'Ce paiement de démonstration n’existe qu’en mode démonstration.',
  'errors.billing.portalAction': 'Action inconnue : choisissez résilier, reprendre, changer d’offre, mettre à jour la carte ou renouveler.',
  'errors.billing.signature': 'Signature Stripe absente ou invalide.',
  'errors.billing.webhookFailed': 'L’événement n’a pas pu être traité ; Stripe le renverra.',
  'admin.billing.title': 'Abonnements',
  'admin.billing.mrr': 'Revenu mensuel récurrent (MRR)',
  'admin.billing.mrrHint': 'TTC ; formules annuelles comptées pour un douzième',
  'admin.billing.active': 'Abonnés actifs',
  'admin.billing.churned': 'Résiliations ce mois-ci',
  'admin.billing.failed': 'Paiements en échec',
}
