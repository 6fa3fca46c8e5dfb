/**
 * The legal notice, CGU and privacy page (web routes), worded once; the
 * firm's own details are `{placeholders}` filled from the `firm` global
 * (docs/decisions/027-firm-information.md).
 */
export const legalFr = {
  'legal.updated': 'Informations tenues à jour par le cabinet dans son administration.',
  'legal.unavailable': 'Les informations du cabinet sont momentanément indisponibles. Réessayez dans quelques instants.',

  'legal.notice.title': 'Mentions légales',
  'legal.notice.description': 'Éditeur, directeur de la publication, hébergeur, immatriculation ORIAS, assurance et médiateur du site Atlas.',
  'legal.notice.lead': 'Informations prévues par l’article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique (LCEN).',
  'legal.notice.publisher.title': 'Éditeur du site',
  'legal.notice.publisher.body':
    'Le site Atlas est édité par {legalName}, {legalForm} au capital de {capital}, immatriculée au registre du commerce et des sociétés de {rcsCity} sous le numéro {siren}, dont le siège social est situé {address}.',
  'legal.notice.publisher.contact': 'Téléphone : {phone} — e-mail : {email}.',
  'legal.notice.publisher.contactNoPhone': 'E-mail : {email}.',
  'legal.notice.director.title': 'Directeur de la publication',
  'legal.notice.director.body': '{director}.',
  'legal.notice.host.title': 'Hébergeur',
  'legal.notice.host.body': 'Le site et les données sont hébergés par {hostName}, {hostAddress}.',
  'legal.notice.orias.title': 'Activité réglementée',
  'legal.notice.orias.body':
    '{legalName} est immatriculée au registre unique des intermédiaires en assurance, banque et finance (ORIAS) sous le numéro {orias} (vérifiable sur www.orias.fr), en qualité de : {categories}.',
  'legal.notice.cif.body':
    'En qualité de conseiller en investissements financiers, {legalName} est membre de {cifAssociation}, association agréée par l’Autorité des marchés financiers (AMF).',
  'legal.notice.insurance.title': 'Assurance responsabilité civile professionnelle',
  'legal.notice.insurance.body':
    '{legalName} dispose d’une assurance de responsabilité civile professionnelle et d’une garantie financière conformes aux articles L. 541-3 du code monétaire et financier et L. 512-6 du code des assurances, souscrites auprès de {insurer} (contrat n° {policyNumber}).',
  'legal.notice.mediator.title': 'Réclamations et médiation',
  'legal.notice.mediator.body':
    'Toute réclamation peut être adressée à {email}. Si la réponse ne vous satisfait pas, vous pouvez saisir gratuitement le médiateur de la consommation : {mediator}.',
  'legal.notice.ip.title': 'Propriété intellectuelle',
  'legal.notice.ip.body':
    'Les textes, graphismes, logos et contenus de formation du site sont la propriété de {legalName} ou de ses partenaires. Toute reproduction sans autorisation écrite est interdite.',

  'legal.terms.title': 'Conditions générales d’utilisation',
  'legal.terms.description': 'Les règles d’utilisation du site et de l’espace client Atlas.',
  'legal.terms.lead': 'Les présentes conditions générales d’utilisation (CGU) encadrent l’accès au site Atlas et à l’espace client édités par {legalName}. Les accepter est nécessaire pour créer un compte.',
  'legal.terms.object.title': '1. Objet',
  'legal.terms.object.body':
    'Atlas propose un outil de bilan patrimonial, des contenus de formation à l’investissement et la mise en relation avec un conseiller de {legalName}. Les contenus pédagogiques ne constituent pas un conseil en investissement personnalisé : seul votre conseiller, après étude de votre profil, peut vous en délivrer un.',
  'legal.terms.access.title': '2. Accès au service',
  'legal.terms.access.body':
    'Le site est accessible gratuitement à toute personne disposant d’un accès à internet. L’espace client est réservé aux personnes physiques majeures ayant créé un compte. {legalName} peut suspendre l’accès pour maintenance ou en cas d’usage contraire aux présentes CGU.',
  'legal.terms.account.title': '3. Compte',
  'legal.terms.account.body':
    'Vous vous engagez à fournir des informations exactes et à les tenir à jour. Vos identifiants sont personnels : vous êtes responsable de leur confidentialité et devez nous signaler sans délai tout usage non autorisé. Vous pouvez fermer votre compte à tout moment.',
  'legal.terms.duties.title': '4. Obligations de l’utilisateur',
  'legal.terms.duties.body':
    'Vous vous engagez à utiliser le service conformément à sa destination, à ne pas porter atteinte à sa sécurité et à répondre sincèrement au questionnaire investisseur, dont dépend l’adéquation des conseils qui vous seront donnés.',
  'legal.terms.liability.title': '5. Responsabilité',
  'legal.terms.liability.body':
    '{legalName} met en œuvre les moyens raisonnables pour assurer un service fiable et sécurisé, sans garantie d’absence d’interruption. Les simulations et indicateurs affichés sont indicatifs ; les performances passées ne préjugent pas des performances futures. Son activité de conseil est couverte par son assurance de responsabilité civile professionnelle (voir les mentions légales).',
  'legal.terms.ip.title': '6. Propriété intellectuelle',
  'legal.terms.ip.body':
    'Le site, ses contenus et ses formations sont protégés par le droit de la propriété intellectuelle. Ils sont mis à votre disposition pour un usage strictement personnel ; toute autre utilisation requiert l’accord écrit de {legalName}.',
  'legal.terms.data.title': '7. Données personnelles',
  'legal.terms.data.body': 'Le traitement de vos données personnelles est décrit dans notre politique de confidentialité :',
  'legal.terms.data.link': 'lire la politique de confidentialité',
  'legal.terms.law.title': '8. Droit applicable et litiges',
  'legal.terms.law.body':
    'Les présentes CGU sont soumises au droit français. En cas de litige, vous pouvez, après une réclamation écrite à {email}, recourir gratuitement au médiateur de la consommation : {mediator}. À défaut de résolution amiable, les tribunaux français sont compétents.',

  'legal.privacy.title': 'Politique de confidentialité',
  'legal.privacy.description': 'Quelles données Atlas traite, pourquoi, combien de temps, et comment exercer vos droits (RGPD).',
  'legal.privacy.lead':
    'Cette politique explique quelles données sont traitées, pourquoi, combien de temps, et comment exercer vos droits au titre du règlement général sur la protection des données (RGPD) et de la loi Informatique et Libertés.',
  'legal.privacy.controller.title': 'Responsable du traitement',
  'legal.privacy.controller.body': '{legalName}, {address} (SIREN {siren}).',
  'legal.privacy.dpo.title': 'Délégué à la protection des données',
  'legal.privacy.dpo.body': '{dpoName}, joignable à {dpoEmail}.',
  'legal.privacy.data.title': 'Données collectées',
  'legal.privacy.data.body':
    'Identité et coordonnées (nom, adresse e-mail, téléphone), réponses au questionnaire investisseur, patrimoine déclaré (actifs, dettes, revenus, charges), objectifs, progression dans les formations et échanges avec votre conseiller.',
  'legal.privacy.purposes.title': 'Finalités et bases légales',
  'legal.privacy.purposes.contract': 'Fournir le service que vous demandez : exécution du contrat.',
  'legal.privacy.purposes.suitability': 'Évaluer l’adéquation des conseils à votre profil : obligation légale (code monétaire et financier).',
  'legal.privacy.purposes.security': 'Sécuriser les comptes et prévenir la fraude : intérêt légitime.',
  'legal.privacy.purposes.marketing': 'Vous envoyer des informations commerciales : consentement, retirable à tout moment.',
  'legal.privacy.retention.title': 'Durées de conservation',
  'legal.privacy.retention.body':
    'Les données du compte sont conservées tant que le compte est actif, puis archivées pendant la durée de prescription légale (5 ans). Les factures sont conservées 10 ans. Un compte inactif depuis 3 ans est supprimé après information préalable.',
  'legal.privacy.recipients.title': 'Destinataires et hébergement',
  'legal.privacy.recipients.body':
    'Votre conseiller et les équipes habilitées de {legalName}, ainsi que nos sous-traitants techniques liés par contrat, dont notre hébergeur {hostName}. Les données sont hébergées dans l’Union européenne et ne sont jamais vendues.',
  'legal.privacy.rights.title': 'Vos droits',
  'legal.privacy.rights.body':
    'Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, d’opposition et de portabilité, ainsi que du droit de définir des directives sur le sort de vos données après votre décès. Écrivez à {dpoEmail}.',
  'legal.privacy.cnil.body':
    'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL), 3 place de Fontenoy, 75007 Paris, www.cnil.fr.',
  'legal.privacy.cookies.title': 'Cookies',
  'legal.privacy.cookies.body':
    'Atlas n’utilise qu’un cookie strictement nécessaire (atlas_session) pour garder votre session ouverte et mémoriser votre langue. Aucun cookie publicitaire ni de mesure d’audience tierce n’est déposé.',
}
