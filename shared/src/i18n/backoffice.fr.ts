/**
 * Prospects, contact form, invitations and the advisor back office (French).
 * Spread into messages.fr.ts; backoffice.en.ts has exactly the same keys.
 */
export const backofficeFr = {
  'nav.contact': 'Contact',
  'footer.contact': 'Nous contacter',

  'meta.contact.title': 'Nous contacter',
  'contact.title': 'Parlons de votre patrimoine',
  'contact.lead':
    'Laissez-nous quelques mots : un conseiller Atlas vous répond sous deux jours ouvrés, sans engagement.',
  'contact.field.firstName': 'Prénom',
  'contact.field.lastName': 'Nom',
  'contact.field.email': 'Adresse e-mail',
  'contact.field.phone': 'Téléphone (facultatif)',
  'contact.field.message': 'Votre message',
  'contact.hint.message': 'Votre situation, vos questions, le meilleur moment pour vous joindre…',
  'contact.field.website': 'Ne pas remplir ce champ',
  'contact.consent':
    'J’accepte qu’Atlas utilise ces informations pour me recontacter au sujet de ma demande.',
  'contact.submit': 'Envoyer ma demande',
  'contact.sent.title': 'Merci, votre demande est bien envoyée',
  'contact.sent.body':
    'Un conseiller Atlas a reçu votre message et vous recontacte sous deux jours ouvrés, par e-mail ou par téléphone.',
  'contact.sent.home': 'Retour à l’accueil',

  'errors.contact.firstNameTooLong': 'Le prénom ne doit pas dépasser 100 caractères.',
  'errors.contact.lastNameRequired': 'Indiquez votre nom.',
  'errors.contact.lastNameTooLong': 'Le nom ne doit pas dépasser 100 caractères.',
  'errors.contact.phoneInvalid': 'Ce numéro de téléphone n’est pas valide (exemple : 06 12 34 56 78).',
  'errors.contact.messageRequired': 'Écrivez-nous quelques mots.',
  'errors.contact.messageTooShort': 'Votre message doit contenir au moins 10 caractères.',
  'errors.contact.messageTooLong': 'Votre message ne doit pas dépasser 4 000 caractères.',
  'errors.contact.consentRequired': 'Cochez cette case pour que nous puissions vous recontacter.',
  'errors.contact.rateLimited':
    'Vous nous avez déjà écrit plusieurs fois en peu de temps. Réessayez dans une heure ; votre message n’a pas été perdu ci-dessous.',

  'errors.invitation.invalid':
    'Ce lien d’invitation n’est pas valable. Vérifiez que vous avez copié l’adresse complète, ou demandez une nouvelle invitation à votre conseiller.',
  'errors.invitation.expired':
    'Ce lien d’invitation a expiré (il est valable 7 jours). Demandez une nouvelle invitation à votre conseiller.',
  'errors.invitation.used':
    'Cette invitation a déjà été acceptée. Connectez-vous avec l’adresse e-mail et le mot de passe choisis.',
  'errors.invitation.accountExists':
    'Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou contactez votre conseiller.',
  'errors.invitation.forbidden': 'Seul le conseiller de ce prospect ou un administrateur peut l’inviter.',
  'errors.invitation.noEmail': 'Ce prospect n’a pas d’adresse e-mail.',
  'errors.invitation.alreadyClient': 'Ce prospect est déjà client.',

  'invitation.title': 'Rejoignez votre espace Atlas',
  'invitation.lead': '{advisor} vous invite à ouvrir votre espace client Atlas.',
  'invitation.account': 'Votre compte sera créé pour {email}.',
  'invitation.submit': 'Créer mon espace',
  'invitation.invalidTitle': 'Invitation impossible à utiliser',
  'invitation.contact': 'Nous contacter',
  'invitation.login': 'Se connecter',

  'email.contact.subject': 'Nouveau prospect : {name}',
  'email.contact.body': '{name} vient de laisser une demande de contact sur le site ; elle vous est attribuée.',
  'email.contact.details': 'E-mail : {email} · Téléphone : {phone}',
  'email.contact.message': 'Son message :',
  'email.contact.cta': 'Ouvrir la fiche du prospect',
  'email.invitation.subject': '{advisor} vous invite sur Atlas',
  'email.invitation.body':
    '{advisor}, votre conseiller, vous invite à ouvrir votre espace client Atlas : bilan patrimonial, formation et suivi de votre dossier.',
  'email.invitation.cta': 'Créer mon espace',
  'email.invitation.expiry': 'Ce lien est personnel et valable 7 jours.',
  'email.signature': 'L’équipe Atlas',

  'admin.invite.send': 'Envoyer une invitation',
  'admin.invite.sending': 'Envoi…',
  'admin.invite.sent': 'Invitation envoyée à {to}, valable jusqu’au {until}.',
  'admin.invite.saveFirst': 'Enregistrez le prospect avant de l’inviter.',
  'admin.invite.failed': 'L’invitation n’a pas pu être envoyée. Réessayez.',
  'admin.pipeline.nav': 'Pipeline prospects',
  'admin.pipeline.title': 'Pipeline des prospects',
  'admin.pipeline.lead.advisor': 'Vos prospects, par étape.',
  'admin.pipeline.lead.admin': 'Tous les prospects, par étape.',
  'admin.pipeline.count': '{count} prospect(s)',
  'admin.pipeline.estimated': 'Patrimoine estimé : {amount}',
  'admin.pipeline.nextAction': 'Prochaine action : {date}',
  'admin.pipeline.noNextAction': 'Aucune action prévue',
  'admin.pipeline.owner': 'Conseiller : {name}',
  'admin.pipeline.moveTo': 'Étape',
  'admin.pipeline.moveFailed': 'Le déplacement a été refusé : {message}',
  'admin.pipeline.more': 'et {count} de plus dans la liste',
  'admin.pipeline.empty': 'Aucun prospect',
  'admin.pipeline.list': 'Liste avec filtres et recherche',
  'admin.staffOnly': 'Cette page est réservée aux conseillers et aux administrateurs.',
  'admin.stage.new': 'Nouveau',
  'admin.stage.contacted': 'Contacté',
  'admin.stage.qualified': 'Qualifié',
  'admin.stage.meeting': 'Rendez-vous',
  'admin.stage.proposal': 'Proposition',
  'admin.stage.won': 'Gagné',
  'admin.stage.lost': 'Perdu',
  'admin.dashboard.title.advisor': 'Vos chiffres',
  'admin.dashboard.title.admin': 'Chiffres du cabinet',
  'admin.dashboard.investors': 'Investisseurs',
  'admin.dashboard.newThisMonth': 'Nouveaux ce mois-ci',
  'admin.dashboard.conversion': 'Taux de conversion prospect → client',
  'admin.dashboard.conversionHint': '{won} gagné(s) sur {total} prospect(s)',
  'admin.dashboard.aum': 'Actifs conseillés',
  'admin.dashboard.aumHint': 'Somme des actifs des investisseurs, passifs non déduits',
  'admin.dashboard.awaiting': 'Questionnaires à valider',
  'admin.dashboard.byStage': 'Prospects par étape',
  'admin.dashboard.none': '—',
} as const
