/**
 * Two-factor authentication (TOTP + recovery codes), French: errors of the cms,
 * the admin's enrolment and second-step views, the portal's page and the login
 * code step. Spread into messages.fr.ts; twoFactor.en.ts has the same keys.
 */
export const twoFactorFr = {
  'errors.twoFactor.codeRequired': 'Saisissez le code à 6 chiffres de votre application d’authentification.',
  'errors.twoFactor.codeWrong': 'Ce code n’est pas valable (ou a déjà servi). Saisissez le code affiché maintenant.',
  'errors.twoFactor.recoveryWrong': 'Ce code de secours n’est pas valable ou a déjà servi.',
  'errors.twoFactor.rateLimited': 'Trop de codes erronés : réessayez dans 15 minutes.',
  'errors.twoFactor.noPendingLogin': 'Votre connexion a expiré. Saisissez à nouveau votre adresse e-mail et votre mot de passe.',
  'errors.twoFactor.notStarted': 'Commencez par afficher le QR code, puis saisissez le code de votre application.',
  'errors.twoFactor.alreadyEnabled': 'La double authentification est déjà activée sur ce compte.',
  'errors.twoFactor.notEnabled': 'La double authentification n’est pas activée sur ce compte.',
  'errors.twoFactor.staffCannotDisable':
    'La double authentification est obligatoire pour les comptes du personnel. Un administrateur peut la réinitialiser.',
  'errors.twoFactor.adminsOnly': 'Seul un administrateur peut réinitialiser la double authentification.',
  'errors.twoFactor.resetSelf': 'Vous ne pouvez pas réinitialiser votre propre double authentification.',
  'errors.twoFactor.userNotFound': 'Compte introuvable.',
  'errors.twoFactor.enrolmentRequired':
    'La double authentification est obligatoire pour votre compte : activez-la pour continuer.',

  'twoFactor.title': 'Double authentification',
  'twoFactor.lead':
    'Un code à 6 chiffres, donné par une application d’authentification (Google Authenticator, Authy, 1Password…), vous sera demandé à chaque connexion en plus du mot de passe.',
  'twoFactor.status.on': 'Activée depuis le {date}',
  'twoFactor.status.off': 'Désactivée',
  'twoFactor.start': 'Activer la double authentification',
  'twoFactor.scan': 'Scannez ce QR code avec votre application d’authentification, ou saisissez la clé ci-dessous.',
  'twoFactor.qrAlt': 'QR code à scanner avec votre application d’authentification',
  'twoFactor.manualKey': 'Clé à saisir manuellement',
  'twoFactor.code': 'Code à 6 chiffres',
  'twoFactor.confirm': 'Confirmer et activer',
  'twoFactor.recoveryTitle': 'Vos codes de secours',
  'twoFactor.recoveryLead':
    'Notez-les ou imprimez-les maintenant : ils ne seront plus jamais affichés. Chacun remplace une seule fois le code de l’application si vous perdez votre téléphone.',
  'twoFactor.recoveryDone': 'J’ai noté mes codes',
  'twoFactor.enabled': 'La double authentification est activée.',
  'twoFactor.disableTitle': 'Désactiver la double authentification',
  'twoFactor.currentPassword': 'Mot de passe actuel',
  'twoFactor.disable': 'Désactiver',
  'twoFactor.disabled': 'La double authentification est désactivée.',
  'twoFactor.regenerateTitle': 'Nouveaux codes de secours',
  'twoFactor.regenerate': 'Générer de nouveaux codes (les anciens ne marcheront plus)',
  'twoFactor.back': 'Retour à la sécurité',

  'twoFactor.login.title': 'Deuxième étape de connexion',
  'twoFactor.login.lead': 'Saisissez le code à 6 chiffres affiché par votre application d’authentification.',
  'twoFactor.login.recovery': 'Code de secours (si vous n’avez plus votre application)',
  'twoFactor.login.submit': 'Valider',
  'twoFactor.login.cancel': 'Annuler et recommencer',
  'twoFactor.enrol.title': 'Activez la double authentification',
  'twoFactor.enrol.lead':
    'Elle est obligatoire pour les comptes du personnel. Scannez le QR code avec une application d’authentification puis saisissez le code affiché.',
  'twoFactor.enrol.continue': 'Continuer vers l’administration',

  'twoFactor.admin.reset': 'Réinitialiser la double authentification',
  'twoFactor.admin.resetConfirm':
    'Réinitialiser la double authentification de ce compte ? Ses sessions seront fermées et il devra la réactiver à sa prochaine connexion.',
  'twoFactor.admin.resetDone': 'Double authentification réinitialisée.',
}
