/**
 * In-app notifications, notification preferences and the mails that go
 * with them (French). Spread into messages.fr.ts; notifications.en.ts has
 * exactly the same keys.
 */
export const notificationsFr = {
  'portal.nav.notifications': 'Notifications',
  'notifications.bell': 'Notifications',
  'notifications.bell.unread': 'Notifications : {count} non lue(s)',
  'notifications.title': 'Notifications',
  'notifications.lead': 'Ce que votre conseiller et Atlas ont à vous dire, du plus récent au plus ancien.',
  'notifications.empty': 'Aucune notification pour le moment.',
  'notifications.unreadCount': '{count} non lue(s)',
  'notifications.unread': 'Non lue',
  'notifications.open': 'Voir',
  'notifications.markRead': 'Marquer comme lue',
  'notifications.markAllRead': 'Tout marquer comme lu',
  'notifications.markedAllRead': 'Toutes vos notifications sont marquées comme lues.',
  'notifications.preferencesLink': 'Choisir ce que je reçois',
  'notifications.page': 'Page {page} sur {pages}',
  'notifications.previous': 'Plus récentes',
  'notifications.next': 'Plus anciennes',
  'notifications.receivedAt': 'Reçue le {date}',
  'notifications.notFound': 'Cette notification n’existe pas ou n’est pas la vôtre.',

  'errors.advisorMessage.notYourClient': 'Choisissez l’un de vos clients : ce compte n’est pas suivi par vous.',
  'errors.advisorMessage.noAdvisor': 'Ce client n’a pas de conseiller : choisissez l’expéditeur.',

  'errors.notifications.signIn': 'Connectez-vous pour voir vos notifications.',
  'notifications.preferences.title': 'Préférences de notification',
  'notifications.preferences.lead':
    'Pour chaque événement, choisissez de le voir dans votre espace, de le recevoir par e-mail, les deux ou aucun.',
  'notifications.preferences.event': 'Événement',
  'notifications.preferences.saved': 'Vos préférences sont enregistrées.',
  'notifications.preferences.submit': 'Enregistrer mes préférences',
  'notifications.preferences.back': 'Retour aux notifications',
  'notifications.channel.inApp': 'Dans mon espace',
  'notifications.channel.email': 'Par e-mail',
  'notifications.event.profileValidated': 'Mon questionnaire est validé par mon conseiller',
  'notifications.event.coursePublished': 'Une nouvelle formation est publiée',
  'notifications.event.reviewDue': 'La revue annuelle de mon questionnaire est due',
  'notifications.event.assistantAnswerReady': 'L’assistant a répondu à ma question',
  'notifications.event.advisorMessage': 'Mon conseiller m’écrit',

  'notification.profileValidated.title': 'Votre questionnaire est validé',
  'notification.profileValidated.body':
    '{advisor} a validé votre questionnaire investisseur. Votre profil de risque : {risk}.',
  'notification.coursePublished.title': 'Nouvelle formation : {course}',
  'notification.coursePublished.body': 'La formation « {course} » vient d’être publiée. Bonne découverte !',
  'notification.reviewDue.title': 'Revue annuelle de votre questionnaire',
  'notification.reviewDue.body':
    'Votre questionnaire a été validé il y a un an : relisez vos réponses et mettez-les à jour si votre situation a changé.',
  'notification.assistantAnswerReady.title': 'L’assistant vous a répondu',
  'notification.assistantAnswerReady.body': 'Sa réponse détaillée vous attend dans la conversation.',
  'notification.advisorMessage.title': 'Message de {advisor} : {subject}',
  'notification.questionnaireSubmitted.title': 'Questionnaire à valider : {client}',
  'notification.questionnaireSubmitted.body': '{client} a envoyé son questionnaire investisseur. Relisez ses réponses et validez son profil.',
  'email.questionnaireSubmitted.cta': 'Ouvrir la fiche client',

  'email.welcome.subject': 'Bienvenue sur Atlas, {name}',
  'email.welcome.body':
    'Votre espace Atlas est prêt. Commencez par le questionnaire investisseur : votre conseiller s’appuie sur vos réponses pour vous conseiller.',
  'email.welcome.cta': 'Ouvrir mon espace',
  'email.validated.subject': 'Votre questionnaire investisseur est validé',
  'email.validated.body':
    '{advisor} a validé votre questionnaire. Votre profil de risque retenu : {risk}. Il sera revu dans un an, ou plus tôt si votre situation change.',
  'email.validated.cta': 'Voir mon profil',
  'email.payment.subject': 'Un problème est survenu avec votre paiement',
  'email.payment.body':
    'Le paiement de {amount} pour la facture {invoice} n’a pas abouti. Mettez à jour votre moyen de paiement pour garder l’accès à votre espace.',
  'email.payment.cta': 'Mettre à jour mon moyen de paiement',
  'email.notification.cta': 'Voir dans mon espace',
  'email.notification.footer':
    'Vous recevez cet e-mail selon vos préférences de notification, modifiables dans votre espace.',
} as const
