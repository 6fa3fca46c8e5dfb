/**
 * Text of the legal pages, in French. Static until the `pages` collection
 * drives them; the company identity is a placeholder, marked as such.
 */
export const legalFr = {
  'legal.placeholder':
    'Informations provisoires : les mentions définitives (capital, immatriculation, hébergeur) seront publiées avant l’ouverture du service.',
  'legal.updated': 'Dernière mise à jour : {date}',

  'legal.notice.title': 'Mentions légales',
  'legal.notice.publisher.title': 'Éditeur du site',
  'legal.notice.publisher.body':
    'Le site Atlas est édité par Atlas SAS, société par actions simplifiée au capital de [à compléter] euros, immatriculée au RCS de Paris sous le numéro [à compléter], dont le siège social est situé [adresse à compléter], France.',
  'legal.notice.director.title': 'Directeur de la publication',
  'legal.notice.director.body': 'Le président d’Atlas SAS, [nom à compléter].',
  'legal.notice.hosting.title': 'Hébergement',
  'legal.notice.hosting.body':
    'Le site et les données sont hébergés dans l’Union européenne par [hébergeur à compléter], dont les coordonnées seront précisées ici.',
  'legal.notice.activity.title': 'Activité',
  'legal.notice.activity.body':
    'Atlas propose un outil de bilan patrimonial, des contenus de formation et la mise en relation avec un conseiller. Les contenus pédagogiques ne constituent pas un conseil en investissement personnalisé.',
  'legal.notice.ip.title': 'Propriété intellectuelle',
  'legal.notice.ip.body':
    'Les textes, graphismes, logos et contenus de formation du site sont la propriété d’Atlas SAS ou de ses partenaires. Toute reproduction sans autorisation écrite est interdite.',
  'legal.notice.contact.title': 'Contact',
  'legal.notice.contact.body': 'Pour toute question : contact@atlas.example (adresse provisoire).',

  'legal.privacy.title': 'Politique de confidentialité',
  'legal.privacy.intro':
    'Cette politique explique quelles données Atlas traite, pourquoi, combien de temps, et comment exercer vos droits au titre du RGPD et de la loi Informatique et Libertés.',
  'legal.privacy.controller.title': 'Responsable du traitement',
  'legal.privacy.controller.body':
    'Atlas SAS (identité provisoire, voir les mentions légales). Délégué à la protection des données : dpo@atlas.example (adresse provisoire).',
  'legal.privacy.data.title': 'Données collectées',
  'legal.privacy.data.body':
    'Identité et coordonnées (nom, adresse e-mail, téléphone), réponses au questionnaire investisseur, patrimoine déclaré (actifs, dettes, revenus, charges), objectifs, progression dans les formations et échanges avec votre conseiller.',
  'legal.privacy.purposes.title': 'Finalités et bases légales',
  'legal.privacy.purposes.body':
    'Fournir le service que vous demandez (exécution du contrat) ; évaluer l’adéquation des conseils à votre profil (obligation légale) ; sécuriser les comptes et prévenir la fraude (intérêt légitime) ; vous envoyer des informations commerciales (consentement, retirable à tout moment).',
  'legal.privacy.retention.title': 'Durées de conservation',
  'legal.privacy.retention.body':
    'Les données du compte sont conservées tant que le compte est actif, puis archivées pendant la durée de prescription légale (5 ans). Les factures sont conservées 10 ans. Un compte inactif depuis 3 ans est supprimé après information préalable.',
  'legal.privacy.recipients.title': 'Destinataires',
  'legal.privacy.recipients.body':
    'Votre conseiller Atlas et les équipes habilitées, ainsi que nos sous-traitants techniques (hébergement, envoi d’e-mails, paiement), liés par contrat. Vos données ne sont jamais vendues.',
  'legal.privacy.hosting.title': 'Hébergement et transferts',
  'legal.privacy.hosting.body':
    'Les données sont hébergées dans l’Union européenne. Si un prestataire devait y accéder depuis un pays tiers, ce transfert serait encadré par les clauses contractuelles types de la Commission européenne.',
  'legal.privacy.rights.title': 'Vos droits',
  'legal.privacy.rights.body':
    'Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, d’opposition et de portabilité, ainsi que du droit de définir des directives post-mortem. Écrivez à dpo@atlas.example. Vous pouvez aussi saisir la CNIL (www.cnil.fr).',
  'legal.privacy.cookies.title': 'Cookies',
  'legal.privacy.cookies.body':
    'Atlas n’utilise qu’un cookie strictement nécessaire (atlas_session) pour garder votre session ouverte et mémoriser votre langue. Aucun cookie publicitaire ni de mesure d’audience tierce n’est déposé.',
}
