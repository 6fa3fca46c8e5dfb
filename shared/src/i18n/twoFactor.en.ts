import type { twoFactorFr } from './twoFactor.fr'

/** Two-factor authentication (English): exactly the keys of twoFactor.fr.ts. */
export const twoFactorEn: Record<keyof typeof twoFactorFr, string> = {
  'errors.twoFactor.codeRequired': 'Enter the 6-digit code from your authenticator app.',
  'errors.twoFactor.codeWrong': 'This code is not valid (or was already used). Enter the code shown now.',
  'errors.twoFactor.recoveryWrong': 'This recovery code is not valid or was already used.',
  'errors.twoFactor.rateLimited': 'Too many wrong codes: try again in 15 minutes.',
  'errors.twoFactor.noPendingLogin': 'Your login has expired. Enter your e-mail address and password again.',
  'errors.twoFactor.notStarted': 'First show the QR code, then enter the code from your app.',
  'errors.twoFactor.alreadyEnabled': 'Two-factor authentication is already on for this account.',
  'errors.twoFactor.notEnabled': 'Two-factor authentication is not on for this account.',
  'errors.twoFactor.staffCannotDisable': 'Two-factor authentication is mandatory for staff accounts. An administrator can reset it.',
  'errors.twoFactor.adminsOnly': 'Only an administrator can reset two-factor authentication.',
  'errors.twoFactor.resetSelf': 'You cannot reset your own two-factor authentication.',
  'errors.twoFactor.userNotFound': 'Account not found.',
  'errors.twoFactor.enrolmentRequired': 'Two-factor authentication is mandatory for your account: turn it on to continue.',

  'twoFactor.title': 'Two-factor authentication',
  'twoFactor.lead':
    'A 6-digit code from an authenticator app (Google Authenticator, Authy, 1Password…) will be asked at each login, on top of your password.',
  'twoFactor.status.on': 'On since {date}',
  'twoFactor.status.off': 'Off',
  'twoFactor.start': 'Turn on two-factor authentication',
  'twoFactor.scan': 'Scan this QR code with your authenticator app, or type the key below.',
  'twoFactor.qrAlt': 'QR code to scan with your authenticator app',
  'twoFactor.manualKey': 'Key to type by hand',
  'twoFactor.code': '6-digit code',
  'twoFactor.confirm': 'Confirm and turn on',
  'twoFactor.recoveryTitle': 'Your recovery codes',
  'twoFactor.recoveryLead':
    'Write them down or print them now: they will never be shown again. Each one replaces the app’s code once if you lose your phone.',
  'twoFactor.recoveryDone': 'I have saved my codes',
  'twoFactor.enabled': 'Two-factor authentication is on.',
  'twoFactor.disableTitle': 'Turn off two-factor authentication',
  'twoFactor.currentPassword': 'Current password',
  'twoFactor.disable': 'Turn off',
  'twoFactor.disabled': 'Two-factor authentication is off.',
  'twoFactor.regenerateTitle': 'New recovery codes',
  'twoFactor.regenerate': 'Generate new codes (the old ones will stop working)',
  'twoFactor.back': 'Back to security',

  'twoFactor.login.title': 'Second login step',
  'twoFactor.login.lead': 'Enter the 6-digit code shown by your authenticator app.',
  'twoFactor.login.recovery': 'Recovery code (if you no longer have your app)',
  'twoFactor.login.submit': 'Confirm',
  'twoFactor.login.cancel': 'Cancel and start again',
  'twoFactor.enrol.title': 'Turn on two-factor authentication',
  'twoFactor.enrol.lead':
    'It is mandatory for staff accounts. Scan the QR code with an authenticator app, then enter the code it shows.',
  'twoFactor.enrol.continue': 'Continue to the administration',

  'twoFactor.admin.reset': 'Reset two-factor authentication',
  'twoFactor.admin.resetConfirm':
    'Reset this account’s two-factor authentication? Its sessions will end and it will have to turn it on again at its next login.',
  'twoFactor.admin.resetDone': 'Two-factor authentication reset.',
}
