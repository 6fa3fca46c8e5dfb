import { accountFr } from './account.fr'
import { billingFr } from './billing.fr'
import { billingPagesFr } from './billingPages.fr'
import { billingAddressFr } from './billingAddress.fr'
import { invoicesFr } from './invoices.fr'
import { documentsPdfFr } from './documentsPdf.fr'
import { documentsFr } from './documents.fr'
import { documentsTemplatesFr } from './documentsTemplates.fr'
import { documentsAdequationFr } from './documentsAdequation.fr'
import { documentsPortalFr } from './documentsPortal.fr'
import { documentsAdminFr } from './documentsAdmin.fr'
import { documentsBilanFr } from './documentsBilan.fr'
import { onboardingFr } from './onboarding.fr'
import { entitlementsFr } from './entitlements.fr'
import { firmFr } from './firm.fr'
import { performanceFr } from './performance.fr'
import { legalFr } from './legal.fr'
import { queriesFr } from './queries.fr'
import { twoFactorFr } from './twoFactor.fr'
import { knowledgeFr } from './knowledge.fr'
import { assistantFr } from './assistant.fr'
import { trainingFr } from './training.fr'
import { backofficeFr } from './backoffice.fr'
import { clientsFr } from './clients.fr'
import { notificationsFr } from './notifications.fr'
import { marketingFr } from './marketing.fr'
import { patrimonyFr } from './patrimony.fr'
import { loansFr } from './loans.fr'
import { savingsRulesFr } from './savingsRules.fr'
import { pricesFr } from './prices.fr'
import { questionnaireFr } from './questionnaire.fr'
import { questionnaireFormFr } from './questionnaireForm.fr'
import { questionnaireOptionsFr } from './questionnaireOptions.fr'

/**
 * French, the reference catalogue: its keys are the message keys, and every
 * other language must provide exactly the same ones (see messages.en.ts).
 * Keys are flat and dotted: `area.thing.detail`.
 */
export const fr = {
  ...marketingFr,
  ...invoicesFr,
  ...documentsPdfFr,
  ...documentsFr,
  ...documentsTemplatesFr,
  ...documentsAdequationFr,
  ...documentsPortalFr,
  ...documentsAdminFr,
  ...documentsBilanFr,
  ...patrimonyFr,
  ...loansFr,
  ...savingsRulesFr,
  ...pricesFr,
  ...questionnaireFr,
  ...questionnaireFormFr,
  ...questionnaireOptionsFr,
  ...trainingFr,
  ...assistantFr,
  ...backofficeFr,
  ...clientsFr,
  ...notificationsFr,
  ...accountFr,
  ...queriesFr,
  ...twoFactorFr,
  ...knowledgeFr,
  ...firmFr,
  ...performanceFr,
  ...legalFr,
  ...onboardingFr,
  ...billingFr,
  ...entitlementsFr,
  ...billingPagesFr,
  ...billingAddressFr,

  'meta.title': '{page} · Atlas',
  'meta.description':
    'Atlas réunit votre bilan patrimonial, une formation à l’investissement et un conseiller dédié, dans un espace sécurisé hébergé en Europe.',

  'brand.name': 'Atlas',
  'brand.home': 'Atlas, retour à l’accueil',

  'nav.primary': 'Navigation principale',
  'nav.menu': 'Menu',
  'nav.menuClose': 'Fermer le menu',
  'nav.skip': 'Aller au contenu',
  'nav.features': 'Fonctionnalités',
  'nav.login': 'Se connecter',
  'nav.signup': 'Créer un compte',
  'nav.portal': 'Mon espace',

  'lang.label': 'Langue',
  'lang.switchTo': 'Afficher le site en {language}',
  'lang.fr': 'français',
  'lang.en': 'anglais',

  'footer.tagline': 'Gestion de patrimoine et formation pour les investisseurs particuliers.',
  'footer.legal': 'Mentions légales',
  'footer.privacy': 'Confidentialité',
  'footer.copyright': '© {year} {firm}. Tous droits réservés.',

  'landing.preview.label': 'Exemple illustratif',
  'landing.preview.netWorth': 'Patrimoine net',
  'landing.preview.allocation': 'Répartition',
  'landing.preview.realEstate': 'Immobilier',
  'landing.preview.lifeInsurance': 'Assurance-vie',
  'landing.preview.pea': 'PEA',
  'landing.preview.cash': 'Liquidités',
  'landing.preview.risk': 'Profil de risque : 4 / 7, équilibré',

  'auth.secure': 'Connexion chiffrée · Données hébergées dans l’UE',
  'auth.backHome': 'Retour à l’accueil',
  'auth.field.name': 'Nom complet',
  'auth.field.email': 'Adresse e-mail',
  'auth.field.password': 'Mot de passe',
  'auth.field.passwordConfirm': 'Confirmez le mot de passe',
  'auth.field.newPassword': 'Nouveau mot de passe',
  'auth.hint.password': '12 caractères minimum, dont au moins une lettre et un chiffre.',
  'auth.login.title': 'Connexion',
  'auth.login.lead': 'Accédez à votre espace Atlas.',
  'auth.login.submit': 'Se connecter',
  'auth.login.forgot': 'Mot de passe oublié ?',
  'auth.login.noAccount': 'Pas encore de compte ?',
  'auth.login.signupLink': 'Créer un compte',
  'auth.signup.title': 'Créer votre espace',
  'auth.signup.lead': 'Quelques informations pour commencer ; vous compléterez votre profil ensuite.',
  'auth.signup.terms': 'J’accepte les conditions d’utilisation et la politique de confidentialité d’Atlas.',
  'auth.signup.termsRead': 'À lire :',
  'auth.signup.submit': 'Créer mon compte',
  'auth.signup.hasAccount': 'Déjà inscrit ?',
  'auth.signup.loginLink': 'Se connecter',
  'auth.forgot.title': 'Mot de passe oublié',
  'auth.forgot.lead':
    'Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'auth.forgot.submit': 'Envoyer le lien',
  'auth.forgot.sentTitle': 'Vérifiez votre boîte de réception',
  'auth.forgot.sent':
    'Si un compte existe pour {email}, un e-mail contenant un lien de réinitialisation vient de lui être envoyé. Ce lien est valable une heure.',
  'auth.forgot.back': 'Retour à la connexion',
  'auth.reset.title': 'Choisir un nouveau mot de passe',
  'auth.reset.lead': 'Choisissez un mot de passe que vous n’utilisez nulle part ailleurs.',
  'auth.reset.submit': 'Enregistrer et me connecter',
  'auth.reset.invalidTitle': 'Lien expiré ou invalide',
  'auth.reset.askAgain': 'Demander un nouveau lien',
  'auth.logout': 'Se déconnecter',

  'errors.form': 'Le formulaire contient des erreurs : corrigez les champs signalés.',
  'errors.required': 'Ce champ est obligatoire.',
  'errors.field.invalid': 'Cette valeur n’est pas valide.',
  'errors.number.text': 'Indiquez un nombre, sans texte ni unité.',
  'errors.money.invalid': 'Indiquez un montant en euros (par exemple 250 000,00 €).',
  'errors.money.wholeCents': 'Le montant doit être un nombre entier de centimes.',
  'errors.money.min': 'Le montant doit être d’au moins {min}.',
  'errors.money.max': 'Le montant ne peut pas dépasser {max}.',
  'errors.date.invalid': 'Indiquez une date valide (par exemple 15/03/2019).',
  'errors.name.tooShort': 'Indiquez au moins 2 caractères.',
  'errors.name.tooLong': 'Le nom ne doit pas dépasser 100 caractères.',
  'errors.email.required': 'Indiquez votre adresse e-mail.',
  'errors.email.invalid': 'Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).',
  'errors.email.tooLong': 'L’adresse e-mail ne doit pas dépasser 254 caractères.',
  'errors.email.taken':
    'Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou réinitialisez votre mot de passe.',
  'errors.password.required': 'Indiquez votre mot de passe.',
  'errors.password.tooShort': 'Le mot de passe doit contenir au moins 12 caractères.',
  'errors.password.tooLong': 'Le mot de passe ne doit pas dépasser 128 caractères.',
  'errors.password.letter': 'Le mot de passe doit contenir au moins une lettre.',
  'errors.password.digit': 'Le mot de passe doit contenir au moins un chiffre.',
  'errors.password.weak':
    'Ce mot de passe est trop faible : 12 caractères minimum, dont au moins une lettre et un chiffre.',
  'errors.password.mismatch': 'Les deux mots de passe ne sont pas identiques.',
  'errors.terms.required':
    'Vous devez accepter les conditions d’utilisation et la politique de confidentialité.',
  'errors.locale.invalid': 'Cette langue n’est pas disponible.',
  'errors.body.tooLarge': 'La requête est trop volumineuse : {limit} Mo au maximum.',
  'errors.login.invalid': 'Adresse e-mail ou mot de passe incorrect.',
  'errors.login.locked':
    'Trop de tentatives infructueuses : votre compte est verrouillé pendant 15 minutes. Réessayez plus tard ou réinitialisez votre mot de passe.',
  'errors.login.rateLimited':
    'Trop de tentatives de connexion depuis votre connexion internet. Patientez 15 minutes avant de réessayer, ou réinitialisez votre mot de passe.',
  'errors.signup.rateLimited':
    'Trop de comptes ont été demandés depuis votre connexion internet. Réessayez dans une heure.',
  'errors.service.unavailable':
    'Le service est momentanément indisponible. Rien n’a été perdu : réessayez dans quelques instants.',
  'errors.unexpected': 'Votre demande n’a pas pu aboutir. Réessayez ; si le problème persiste, écrivez-nous.',
  'errors.reset.tokenMissing': 'Le lien de réinitialisation est incomplet.',
  'errors.reset.tokenInvalid':
    'Ce lien de réinitialisation n’est plus valable : il a expiré ou a déjà servi. Demandez-en un nouveau, il arrivera en quelques instants.',
  'errors.user.hasInvoices':
    'Ce compte a des factures, conservées dix ans (art. L123-22 du Code de commerce) : il ne peut pas être supprimé. Désactivez-le ou anonymisez-le plutôt.',
  'errors.profile.validateForbidden': 'Seul un conseiller peut valider un profil.',

  'email.greeting': 'Bonjour {name},',
  'email.reset.subject': 'Choisissez un nouveau mot de passe Atlas',
  'email.reset.body':
    'Vous avez demandé à réinitialiser votre mot de passe. Ce lien est valable une heure.',
  'email.reset.cta': 'Choisir un nouveau mot de passe',
  'email.reset.ignore':
    'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',

  'role.admin': 'administrateur',
  'role.advisor': 'conseiller',
  'role.editor': 'éditeur',
  'role.investor': 'investisseur',

  'portal.greeting': 'Bonjour {name}',
  'portal.nav.dashboard': 'Tableau de bord',
  'portal.staff.title': 'Le portail est réservé aux investisseurs',
  'portal.staff.body':
    'Votre compte ({role}) travaille dans l’administration d’Atlas : prospects, clients, contenus et réglages s’y trouvent.',
  'portal.staff.cta': 'Ouvrir l’administration',

  'dashboard.title': 'Votre patrimoine',
  'dashboard.netWorth': 'Patrimoine net',
  'dashboard.netWorthHint': 'Vos actifs moins vos dettes',
  'dashboard.assets': 'Actifs',
  'dashboard.liabilities': 'Dettes',
  'dashboard.totalAssets': 'Total des actifs',
  'dashboard.totalLiabilities': 'Total des dettes',
  'dashboard.noLiabilities': 'Aucune dette enregistrée.',
  'dashboard.profile': 'Questionnaire investisseur',
  'dashboard.profile.draft': 'À compléter',
  'dashboard.profile.submitted': 'En cours de validation par votre conseiller',
  'dashboard.profile.validated': 'Validé par votre conseiller',
  'dashboard.empty.title': 'Votre bilan commence ici',
  'dashboard.empty.body':
    'Vous n’avez encore rien enregistré. Deux étapes suffisent pour obtenir votre premier bilan :',
  'dashboard.empty.profile.title': 'Complétez le questionnaire investisseur',
  'dashboard.empty.profile.body': 'Votre situation, vos objectifs et votre rapport au risque.',
  'dashboard.empty.asset.title': 'Ajoutez un premier actif',
  'dashboard.empty.asset.body': 'Un compte, un livret, un contrat d’assurance-vie ou un bien immobilier.',

  'error.notFound.title': 'Page introuvable',
  'error.notFound.body': 'La page que vous cherchez n’existe pas ou a été déplacée.',
  'error.generic.title': 'Une erreur est survenue',
  'error.generic.body':
    'Nous n’avons pas pu afficher cette page. Réessayez dans quelques instants ; si le problème persiste, écrivez-nous.',
  'error.unavailable.title': 'Service momentanément indisponible',
  'error.home': 'Retour à l’accueil',
}

export type MessageKey = keyof typeof fr
/** A complete catalogue: every key, each a string. */
export type Messages = Record<MessageKey, string>
