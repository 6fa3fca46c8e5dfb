/** The suitability questionnaire, in French (keys shared with questionnaire.en.ts). */
export const questionnaireFr = {
  'errors.questionnaire.choice': 'Choisissez une des réponses proposées.',
  'errors.questionnaire.yesNo': 'Répondez par oui ou par non.',
  'errors.questionnaire.amount': 'Indiquez un montant en euros, positif ou nul (exemple : 1 250,50).',
  'errors.questionnaire.percent': 'Indiquez un pourcentage entier entre 0 et 100.',
  'errors.questionnaire.text': 'Indiquez un texte court (100 caractères au plus).',
  'errors.questionnaire.date': 'Indiquez une date valide (jj/mm/aaaa).',
  'errors.questionnaire.country': 'Choisissez un pays dans la liste.',
  'errors.questionnaire.rows': 'La liste ne peut pas dépasser 20 lignes.',
  'errors.questionnaire.section': 'Cette section n’est pas au bon format.',
  'errors.questionnaire.tradedNever': 'Vous avez déjà investi dans ce produit : indiquez à quelle fréquence.',
  'errors.questionnaire.notTraded': 'Sans opération passée, la fréquence est « jamais ».',
  'errors.questionnaire.knowledgeAll': 'Répondez une fois pour chacune des dix familles de produits.',
  'errors.questionnaire.dependants': 'Indiquez un nombre entier de personnes à charge, de 0 à 20.',
  'errors.questionnaire.retirementAge': 'Indiquez un âge entier entre 45 et 80 ans.',
  'errors.questionnaire.horizon': 'Indiquez une durée entière entre 0 et 50 ans.',
  'errors.questionnaire.volatility': 'Choisissez un niveau de 1 à 5.',
  'errors.questionnaire.purposes': 'Choisissez au moins un objectif.',
  'errors.questionnaire.incomeRequired': 'Indiquez au moins une source de revenus (une pension, une allocation…).',
  'errors.questionnaire.paiTopics': 'Choisissez au moins une incidence négative à prendre en compte.',
  'errors.questionnaire.incomplete': 'Le questionnaire n’est pas complet. Étapes à terminer : {steps}.',
  'errors.questionnaire.locked':
    'Ce profil a été validé par votre conseiller : repassez-le au statut « soumis » pour modifier vos réponses.',
  'errors.questionnaire.statusForbidden': 'Ce changement de statut n’est pas autorisé.',

  'profile.risk.level.1': 'sécuritaire',
  'profile.risk.level.2': 'prudent',
  'profile.risk.level.3': 'modéré',
  'profile.risk.level.4': 'équilibré',
  'profile.risk.level.5': 'dynamique',
  'profile.risk.level.6': 'offensif',
  'profile.risk.level.7': 'très offensif',
  'profile.productClass.savings-accounts': 'Livrets d’épargne',
  'profile.productClass.euro-funds': 'Fonds en euros',
  'profile.productClass.unit-linked': 'Unités de compte',
  'profile.productClass.equities': 'Actions',
  'profile.productClass.bonds': 'Obligations',
  'profile.productClass.funds-etf': 'OPCVM et ETF',
  'profile.productClass.scpi': 'SCPI',
  'profile.productClass.private-equity': 'Capital-investissement',
  'profile.productClass.crypto': 'Crypto-actifs',
  'profile.productClass.derivatives': 'Produits dérivés',

  'questionnaire.warning.tolerance_vs_horizon':
    'Votre goût du risque est élevé mais votre horizon est inférieur à 2 ans : votre conseiller en discutera avec vous.',
  'questionnaire.warning.tolerance_vs_capacity':
    'Votre goût du risque est élevé mais vous ne pourriez perdre que moins de 10 % de votre patrimoine.',
  'questionnaire.warning.no_knowledge_high_risk':
    'Votre score est limité par votre connaissance des actions et des fonds : une formation peut vous aider.',
  'questionnaire.warning.reaction_vs_objective':
    'Vous visez la croissance mais vendriez tout après une baisse : ces deux réponses se contredisent.',
  'questionnaire.warning.minor': 'D’après votre date de naissance, vous êtes mineur.',
  'questionnaire.warning.negative_savings': 'Vos charges mensuelles dépassent vos revenus.',
  'questionnaire.warning.liquidity_vs_horizon':
    'Vous avez un fort besoin de liquidités mais un horizon de placement long.',
}
