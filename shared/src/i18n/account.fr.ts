/**
 * Account security: e-mail verification, sign-up without an account oracle,
 * changing the password or the e-mail, active sessions (French). Spread into
 * messages.fr.ts; account.en.ts has exactly the same keys.
 */
export const accountFr = {
  'portal.nav.security': 'Sécurité',

  'auth.signup.sentTitle': 'Vérifiez votre boîte de réception',
  'auth.signup.sent':
    'Si cette adresse peut être utilisée, un lien de confirmation vient d’y être envoyé. Ouvrez-le pour activer votre compte, puis connectez-vous.',
  'auth.verify.resendLead': 'Rien reçu au bout de quelques minutes ? Vérifiez vos courriers indésirables, ou :',
  'auth.verify.resend': 'Renvoyer le lien',
  'auth.verify.resent': 'Si un compte attend une confirmation à cette adresse, un nouveau lien vient d’y être envoyé.',
  'auth.verify.title': 'Confirmation de votre adresse',
  'auth.verify.done': 'Votre adresse e-mail est confirmée. Vous pouvez vous connecter.',
  'auth.verify.invalid': 'Ce lien de confirmation n’est plus valable. Demandez-en un nouveau ci-dessous.',
  'auth.verify.login': 'Se connecter',
  'errors.login.unverified':
    'Votre adresse e-mail n’est pas encore confirmée. Ouvrez le lien reçu par e-mail, ou demandez-en un nouveau.',

  'auth.emailChange.title': 'Nouvelle adresse e-mail',
  'auth.emailChange.done': 'Votre nouvelle adresse e-mail est confirmée ; utilisez-la pour vous connecter.',
  'auth.emailChange.invalid': 'Ce lien de confirmation n’est plus valable. Recommencez depuis la page Sécurité du compte.',

  'security.title': 'Sécurité du compte',
  'security.lead': 'Votre mot de passe, votre adresse de connexion et les appareils connectés à votre espace.',
  'security.field.currentPassword': 'Mot de passe actuel',
  'security.field.newEmail': 'Nouvelle adresse e-mail',
  'security.password.title': 'Changer de mot de passe',
  'security.password.lead': 'Les autres appareils connectés seront déconnectés ; celui-ci reste connecté.',
  'security.password.submit': 'Changer le mot de passe',
  'security.password.done': 'Votre mot de passe est changé. Les autres appareils ont été déconnectés.',
  'security.email.title': 'Changer d’adresse e-mail',
  'security.email.current': 'Adresse actuelle : {email}',
  'security.email.lead': 'Nous envoyons un lien à la nouvelle adresse : elle ne remplace l’actuelle qu’une fois ce lien ouvert.',
  'security.email.submit': 'Envoyer le lien de confirmation',
  'security.email.pending': 'En attente de confirmation : {email}. Ouvrez le lien envoyé à cette adresse.',
  'security.email.sent': 'Un lien de confirmation a été envoyé à {email}.',
  'security.sessions.title': 'Appareils connectés',
  'security.sessions.lead': 'Chaque connexion active à votre espace. Si vous ne reconnaissez pas un appareil, déconnectez-le et changez de mot de passe.',
  'security.sessions.device': 'Appareil',
  'security.sessions.signedIn': 'Connecté le',
  'security.sessions.lastSeen': 'Dernière activité',
  'security.sessions.current': 'Cet appareil',
  'security.sessions.unknownDevice': 'Appareil inconnu',
  'security.sessions.logoutOthers': 'Déconnecter les autres appareils',
  'security.sessions.loggedOutOthers': 'Les autres appareils sont déconnectés.',
  'security.sessions.none': 'Aucun autre appareil n’est connecté.',
  'security.twoFactor.title': 'Double authentification',
  'security.twoFactor.lead': 'Protégez votre connexion avec un code à usage unique généré par une application.',
  'security.twoFactor.link': 'Gérer la double authentification',

  'errors.unauthorized': 'Connectez-vous pour continuer.',
  'errors.currentPassword.required': 'Indiquez votre mot de passe actuel.',
  'errors.currentPassword.wrong': 'Le mot de passe actuel est incorrect.',
  'errors.credentials.bulk': 'Le mot de passe et l’adresse e-mail se changent compte par compte, jamais par lot.',
  'errors.password.notForOthers':
    'Vous ne pouvez pas choisir le mot de passe de quelqu’un d’autre : envoyez-lui plutôt un lien de réinitialisation.',
  'errors.email.sameAsCurrent': 'C’est déjà votre adresse e-mail.',
  'errors.email.unavailable': 'Cette adresse ne peut pas être utilisée.',
  'errors.emailChange.invalid': 'Ce lien de confirmation n’est plus valable.',
  'errors.verify.invalid': 'Ce lien de confirmation n’est plus valable.',

  'email.verify.subject': 'Confirmez votre adresse e-mail Atlas',
  'email.verify.body': 'Pour activer votre espace Atlas, confirmez votre adresse e-mail.',
  'email.verify.cta': 'Confirmer mon adresse',
  'email.verify.ignore': 'Si vous n’avez pas créé de compte Atlas, ignorez ce message : rien ne sera activé.',
  'email.signupExisting.subject': 'Une inscription a été tentée avec votre adresse',
  'email.signupExisting.body':
    'Quelqu’un (peut-être vous) a voulu créer un compte Atlas avec cette adresse, qui a déjà un compte. Aucun compte n’a été créé.',
  'email.signupExisting.login': 'Se connecter',
  'email.signupExisting.reset': 'Si vous avez oublié votre mot de passe : {link}',
  'email.emailChange.subject': 'Confirmez votre nouvelle adresse e-mail Atlas',
  'email.emailChange.body': 'Vous avez demandé à utiliser cette adresse pour vous connecter à Atlas. Confirmez-la pour qu’elle remplace l’ancienne.',
  'email.emailChange.cta': 'Confirmer cette adresse',
  'email.emailChange.ignore': 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne changera.',
  'email.emailChanged.subject': 'Votre adresse e-mail Atlas a changé',
  'email.emailChanged.body':
    'L’adresse de connexion de votre compte Atlas est désormais {email}. Si vous n’êtes pas à l’origine de ce changement, écrivez-nous immédiatement en répondant à ce message.',
  'email.emailChangeRequested.subject': 'Demande de changement d’adresse e-mail',
  'email.emailChangeRequested.body':
    'Un changement de l’adresse de connexion de votre compte Atlas vers {email} a été demandé. Elle ne remplacera celle-ci qu’après confirmation depuis la nouvelle adresse. Si vous n’êtes pas à l’origine de cette demande, changez votre mot de passe.',
  'email.passwordChanged.subject': 'Votre mot de passe Atlas a changé',
  'email.passwordChanged.body':
    'Le mot de passe de votre compte Atlas vient d’être changé et les autres appareils ont été déconnectés. Si vous n’êtes pas à l’origine de ce changement, réinitialisez-le tout de suite :',
} as const
