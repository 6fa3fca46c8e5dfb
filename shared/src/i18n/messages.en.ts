import { accountEn } from './account.en'
import { billingEn } from './billing.en'
import { billingPagesEn } from './billingPages.en'
import { billingAddressEn } from './billingAddress.en'
import { invoicesEn } from './invoices.en'
import { documentsPdfEn } from './documentsPdf.en'
import { documentsEn } from './documents.en'
import { documentsTemplatesEn } from './documentsTemplates.en'
import { documentsAdequationEn } from './documentsAdequation.en'
import { documentsPortalEn } from './documentsPortal.en'
import { documentsAdminEn } from './documentsAdmin.en'
import { documentsBilanEn } from './documentsBilan.en'
import { onboardingEn } from './onboarding.en'
import { entitlementsEn } from './entitlements.en'
import { firmEn } from './firm.en'
import { performanceEn } from './performance.en'
import { legalEn } from './legal.en'
import { queriesEn } from './queries.en'
import { twoFactorEn } from './twoFactor.en'
import { knowledgeEn } from './knowledge.en'
import { assistantEn } from './assistant.en'
import { trainingEn } from './training.en'
import { backofficeEn } from './backoffice.en'
import { clientsEn } from './clients.en'
import { notificationsEn } from './notifications.en'
import { marketingEn } from './marketing.en'
import { patrimonyEn } from './patrimony.en'
import { loansEn } from './loans.en'
import { savingsRulesEn } from './savingsRules.en'
import { pricesEn } from './prices.en'
import { questionnaireEn } from './questionnaire.en'
import { questionnaireFormEn } from './questionnaireForm.en'
import { questionnaireOptionsEn } from './questionnaireOptions.en'
import type { Messages } from './messages.fr'

/** English: exactly the French keys (a missing or extra key fails to compile). */
export const en: Messages = {
  ...marketingEn,
  ...invoicesEn,
  ...documentsPdfEn,
  ...documentsEn,
  ...documentsTemplatesEn,
  ...documentsAdequationEn,
  ...documentsPortalEn,
  ...documentsAdminEn,
  ...documentsBilanEn,
  ...patrimonyEn,
  ...loansEn,
  ...savingsRulesEn,
  ...pricesEn,
  ...questionnaireEn,
  ...questionnaireFormEn,
  ...questionnaireOptionsEn,
  ...trainingEn,
  ...assistantEn,
  ...backofficeEn,
  ...clientsEn,
  ...notificationsEn,
  ...accountEn,
  ...queriesEn,
  ...twoFactorEn,
  ...knowledgeEn,
  ...firmEn,
  ...performanceEn,
  ...legalEn,
  ...onboardingEn,
  ...billingEn,
  ...entitlementsEn,
  ...billingPagesEn,
  ...billingAddressEn,

  'meta.title': '{page} · Atlas',
  'meta.description':
    'Atlas brings together your wealth assessment, investment training and a dedicated advisor, in a secure space hosted in Europe.',

  'brand.name': 'Atlas',
  'brand.home': 'Atlas, back to the home page',

  'nav.primary': 'Main navigation',
  'nav.menu': 'Menu',
  'nav.menuClose': 'Close the menu',
  'nav.skip': 'Skip to content',
  'nav.features': 'Features',
  'nav.login': 'Log in',
  'nav.signup': 'Create an account',
  'nav.portal': 'My space',

  'lang.label': 'Language',
  'lang.switchTo': 'Show the site in {language}',
  'lang.fr': 'French',
  'lang.en': 'English',

  'footer.tagline': 'Wealth management and training for private investors.',
  'footer.legal': 'Legal notice',
  'footer.privacy': 'Privacy',
  'footer.copyright': '© {year} {firm}. All rights reserved.',

  'landing.preview.label': 'Illustrative example',
  'landing.preview.netWorth': 'Net worth',
  'landing.preview.allocation': 'Allocation',
  'landing.preview.realEstate': 'Real estate',
  'landing.preview.lifeInsurance': 'Life insurance',
  'landing.preview.pea': 'PEA',
  'landing.preview.cash': 'Cash',
  'landing.preview.risk': 'Risk profile: 4 / 7, balanced',

  'auth.secure': 'Encrypted connection · Data hosted in the EU',
  'auth.backHome': 'Back to the home page',
  'auth.field.name': 'Full name',
  'auth.field.email': 'Email address',
  'auth.field.password': 'Password',
  'auth.field.passwordConfirm': 'Confirm the password',
  'auth.field.newPassword': 'New password',
  'auth.hint.password': 'At least 12 characters, including a letter and a digit.',
  'auth.login.title': 'Log in',
  'auth.login.lead': 'Access your Atlas space.',
  'auth.login.submit': 'Log in',
  'auth.login.forgot': 'Forgot your password?',
  'auth.login.noAccount': 'No account yet?',
  'auth.login.signupLink': 'Create an account',
  'auth.signup.title': 'Create your space',
  'auth.signup.lead': 'A few details to get started; you will complete your profile afterwards.',
  'auth.signup.terms': 'I accept the Atlas terms of use and privacy policy.',
  'auth.signup.termsRead': 'Read:',
  'auth.signup.submit': 'Create my account',
  'auth.signup.hasAccount': 'Already registered?',
  'auth.signup.loginLink': 'Log in',
  'auth.forgot.title': 'Forgot your password',
  'auth.forgot.lead':
    'Enter the email address of your account: we will send you a link to choose a new password.',
  'auth.forgot.submit': 'Send the link',
  'auth.forgot.sentTitle': 'Check your inbox',
  'auth.forgot.sent':
    'If an account exists for {email}, an email with a reset link has just been sent to it. The link is valid for one hour.',
  'auth.forgot.back': 'Back to log in',
  'auth.reset.title': 'Choose a new password',
  'auth.reset.lead': 'Choose a password you do not use anywhere else.',
  'auth.reset.submit': 'Save and log in',
  'auth.reset.invalidTitle': 'Expired or invalid link',
  'auth.reset.askAgain': 'Ask for a new link',
  'auth.logout': 'Log out',

  'errors.form': 'The form contains errors: please correct the fields shown.',
  'errors.required': 'This field is required.',
  'errors.field.invalid': 'This value is not valid.',
  'errors.number.text': 'Enter a number, without text or unit.',
  'errors.money.invalid': 'Enter an amount in euros (for example €250,000.00).',
  'errors.money.wholeCents': 'The amount must be a whole number of cents.',
  'errors.money.min': 'The amount must be at least {min}.',
  'errors.money.max': 'The amount cannot exceed {max}.',
  'errors.date.invalid': 'Enter a valid date (for example 15/03/2019).',
  'errors.name.tooShort': 'Enter at least 2 characters.',
  'errors.name.tooLong': 'The name must not exceed 100 characters.',
  'errors.email.required': 'Enter your email address.',
  'errors.email.invalid': 'This email address is not valid (example: jane.doe@example.com).',
  'errors.email.tooLong': 'The email address must not exceed 254 characters.',
  'errors.email.taken':
    'An account already exists with this email address. Log in or reset your password.',
  'errors.password.required': 'Enter your password.',
  'errors.password.tooShort': 'The password must contain at least 12 characters.',
  'errors.password.tooLong': 'The password must not exceed 128 characters.',
  'errors.password.letter': 'The password must contain at least one letter.',
  'errors.password.digit': 'The password must contain at least one digit.',
  'errors.password.weak':
    'This password is too weak: at least 12 characters, including a letter and a digit.',
  'errors.password.mismatch': 'The two passwords do not match.',
  'errors.terms.required': 'You must accept the terms of use and the privacy policy.',
  'errors.locale.invalid': 'This language is not available.',
  'errors.body.tooLarge': 'The request is too large: {limit} MB at most.',
  'errors.login.invalid': 'Incorrect email address or password.',
  'errors.login.locked':
    'Too many failed attempts: your account is locked for 15 minutes. Try again later or reset your password.',
  'errors.login.rateLimited':
    'Too many sign-in attempts from your internet connection. Wait 15 minutes before trying again, or reset your password.',
  'errors.signup.rateLimited':
    'Too many accounts have been requested from your internet connection. Try again in an hour.',
  'errors.service.unavailable':
    'The service is temporarily unavailable. Nothing was lost: please try again in a moment.',
  'errors.unexpected': 'Your request could not be completed. Try again; if the problem persists, write to us.',
  'errors.reset.tokenMissing': 'The reset link is incomplete.',
  'errors.reset.tokenInvalid':
    'This reset link is no longer valid: it has expired or has already been used. Ask for a new one; it arrives within moments.',
  'errors.user.hasInvoices':
    'This account has invoices, which are kept for ten years (French Commercial Code, art. L123-22): it cannot be deleted. Deactivate or anonymise it instead.',
  'errors.profile.validateForbidden': 'Only an advisor can validate a profile.',

  'email.greeting': 'Hello {name},',
  'email.reset.subject': 'Choose a new Atlas password',
  'email.reset.body': 'You asked to reset your password. This link is valid for one hour.',
  'email.reset.cta': 'Choose a new password',
  'email.reset.ignore':
    'If you did not make this request, ignore this message: your password stays unchanged.',

  'role.admin': 'administrator',
  'role.advisor': 'advisor',
  'role.editor': 'editor',
  'role.investor': 'investor',

  'portal.greeting': 'Hello {name}',
  'portal.nav.dashboard': 'Dashboard',
  'portal.staff.title': 'The portal is for investors',
  'portal.staff.body':
    'Your account ({role}) works in the Atlas administration: prospects, clients, content and settings are there.',
  'portal.staff.cta': 'Open the administration',

  'dashboard.title': 'Your wealth',
  'dashboard.netWorth': 'Net worth',
  'dashboard.netWorthHint': 'Your assets minus your liabilities',
  'dashboard.assets': 'Assets',
  'dashboard.liabilities': 'Liabilities',
  'dashboard.totalAssets': 'Total assets',
  'dashboard.totalLiabilities': 'Total liabilities',
  'dashboard.noLiabilities': 'No liabilities recorded.',
  'dashboard.profile': 'Investor questionnaire',
  'dashboard.profile.draft': 'To be completed',
  'dashboard.profile.submitted': 'Being validated by your advisor',
  'dashboard.profile.validated': 'Validated by your advisor',
  'dashboard.empty.title': 'Your assessment starts here',
  'dashboard.empty.body': 'You have not recorded anything yet. Two steps to get your first assessment:',
  'dashboard.empty.profile.title': 'Complete the investor questionnaire',
  'dashboard.empty.profile.body': 'Your situation, your goals and your attitude to risk.',
  'dashboard.empty.asset.title': 'Add a first asset',
  'dashboard.empty.asset.body': 'An account, a savings book, a life insurance policy or a property.',

  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'The page you are looking for does not exist or has moved.',
  'error.generic.title': 'Something went wrong',
  'error.generic.body':
    'We could not display this page. Try again in a moment; if the problem persists, write to us.',
  'error.unavailable.title': 'Service temporarily unavailable',
  'error.home': 'Back to the home page',
}
