import { richText } from './richText'

/*
 * The default DER and lettre de mission (docs/decisions/041-document-templates.md),
 * published as version 1 by the demo seed. Written as a French CGP (CIF and
 * insurance broker) would hand them over; every firm-specific line is a merge
 * field ({{…}}, shared/src/documents/placeholders.ts), so a firm adapts its
 * wording in /admin → Modèles de documents and its facts in → Informations du cabinet.
 * The closing block (« Fait à …, le … », signatures) is the renderer's, not the template's.
 */

const DER = [
  'Ce document vous est remis avant toute prestation, lors de notre entrée en relation. Il vous présente le cabinet, ses statuts réglementaires, ses partenaires et ses modes de rémunération, la manière dont il prévient les conflits d’intérêts et traite vos réclamations (article 325-5 du règlement général de l’AMF, article L. 521-2 du Code des assurances).',
  '## 1. Le cabinet',
  '{{cabinet.raison_sociale}}, {{cabinet.forme_juridique}} au capital de {{cabinet.capital}}, immatriculée au {{cabinet.rcs}}, dont le siège est situé {{cabinet.adresse}}. Téléphone : {{cabinet.telephone}} — e-mail : {{cabinet.email}}.',
  'Votre conseiller : {{conseiller.nom}} ({{conseiller.email}}, {{conseiller.telephone}}).',
  '## 2. Statuts réglementaires',
  'Le cabinet est immatriculé au registre unique des intermédiaires en assurance, banque et finance (ORIAS) sous le numéro {{cabinet.orias}}, vérifiable sur www.orias.fr, au titre de : {{cabinet.categories_orias}}.',
  '- Conseiller en investissements financiers (CIF), membre de {{cabinet.association_cif}}, association agréée par l’Autorité des marchés financiers (AMF, 17 place de la Bourse, 75082 Paris Cedex 02 — www.amf-france.org).',
  '- Courtier en assurance (COA), activité contrôlée par l’Autorité de contrôle prudentiel et de résolution (ACPR, 4 place de Budapest, CS 92459, 75436 Paris Cedex 09 — acpr.banque-france.fr).',
  'Le cabinet fournit son conseil en investissements financiers de manière non indépendante : ses recommandations portent sur des produits sélectionnés auprès de ses partenaires, dont il peut recevoir des rémunérations (article 4 ci-dessous).',
  '## 3. Assurance de responsabilité civile professionnelle',
  'Le cabinet a souscrit une assurance de responsabilité civile professionnelle couvrant ses activités de CIF et d’intermédiaire en assurance auprès de l’assureur {{cabinet.assureur_rc}}, contrat n° {{cabinet.police_rc}}, pour des montants conformes aux articles L. 541-3 du Code monétaire et financier et L. 512-6 du Code des assurances. Le cabinet ne reçoit aucun fonds de ses clients, hormis le paiement de ses honoraires.',
  '## 4. Partenaires et modes de rémunération',
  'Le cabinet n’a aucun lien capitalistique avec un établissement promoteur de produits financiers ni avec une entreprise d’assurance (aucune détention, dans un sens ou dans l’autre, de 10 % ou plus du capital ou des droits de vote). La liste de ses principaux partenaires (assureurs, sociétés de gestion, établissements bancaires) vous est communiquée sur simple demande.',
  'Le cabinet est rémunéré :',
  '- par des honoraires de conseil, selon la lettre de mission (offre actuelle : {{offre.nom}}, {{offre.prix}}) ;',
  '- par des commissions versées par les fournisseurs des produits que vous souscrivez (part des frais d’entrée et des frais de gestion).',
  'Avant toute souscription, vous êtes informé(e) par écrit du montant de ces commissions ou, s’il ne peut être établi, de son mode de calcul ; une fois par an, le cabinet vous adresse le relevé des frais et rémunérations effectivement perçus (directive MIF 2, article 325-6 du règlement général de l’AMF). En assurance, la commission est incluse dans la prime ou dans les frais du contrat : sa nature vous est indiquée avant la conclusion du contrat.',
  '## 5. Prévention et gestion des conflits d’intérêts',
  'Le cabinet applique une politique écrite de prévention et de gestion des conflits d’intérêts : il recense les situations où son intérêt, celui de ses partenaires ou de ses collaborateurs pourrait s’opposer au vôtre, sélectionne les produits sur des critères objectifs (qualité, frais, adéquation à votre profil) et n’accepte aucun avantage lié à un volume de souscriptions. Lorsqu’un conflit ne peut être évité, il vous en informe avant d’agir. Cette politique vous est communiquée sur simple demande.',
  '## 6. Réclamations',
  'Pour toute réclamation, écrivez à votre conseiller ou au cabinet, par courrier au {{cabinet.adresse}} ou par e-mail à {{cabinet.email}}.',
  '- Le cabinet accuse réception de votre réclamation dans un délai de dix jours ouvrables au plus à compter de sa réception, sauf s’il vous apporte sa réponse dans ce délai.',
  '- Il vous répond dans un délai de deux mois au plus à compter de la réception de votre réclamation.',
  '## 7. Médiation',
  'Si la réponse ne vous satisfait pas, ou sans réponse dans ces délais, vous pouvez saisir gratuitement le médiateur de la consommation : {{cabinet.mediateur}}, {{cabinet.mediateur_adresse}} ({{cabinet.mediateur_site}}). Pour un litige portant sur des instruments financiers, vous pouvez aussi saisir le Médiateur de l’AMF, 17 place de la Bourse, 75082 Paris Cedex 02 (www.amf-france.org, rubrique « Le médiateur »).',
  '## 8. Protection des données personnelles',
  'Vos données sont traitées par {{cabinet.raison_sociale}}, responsable du traitement, pour exécuter sa mission de conseil et respecter ses obligations légales (connaissance du client, devoir de conseil, lutte contre le blanchiment des capitaux et le financement du terrorisme). Elles sont conservées pendant la relation puis cinq ans après sa fin, et ne sont transmises qu’aux fournisseurs des produits que vous souscrivez et aux autorités habilitées. Vous disposez des droits d’accès, de rectification, d’effacement, de limitation, d’opposition et de portabilité, à exercer auprès du délégué à la protection des données : {{cabinet.dpo}} ({{cabinet.dpo_email}}). Vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr).',
  '> Document remis à {{client.nom}} ({{client.email}}) le {{date}}.',
]

const LETTRE_DE_MISSION = [
  'Entre les soussignés :',
  '- {{cabinet.raison_sociale}}, {{cabinet.forme_juridique}} au capital de {{cabinet.capital}}, immatriculée au {{cabinet.rcs}}, siège : {{cabinet.adresse}}, ORIAS n° {{cabinet.orias}}, conseiller en investissements financiers membre de {{cabinet.association_cif}}, représentée par {{conseiller.nom}}, ci-après « le cabinet » ;',
  '- {{client.nom}}, né(e) le {{client.date_naissance}}, situation familiale : {{client.situation_familiale}}, e-mail : {{client.email}}, ci-après « le client ».',
  'Le client a reçu au préalable le document d’entrée en relation du cabinet. Il est convenu ce qui suit.',
  '## 1. Objet de la mission',
  'Le client confie au cabinet une mission de conseil en gestion de patrimoine, qui comprend :',
  '- le bilan patrimonial : le recueil et l’analyse de la situation familiale, professionnelle, patrimoniale, fiscale et financière du client, de ses objectifs et de son horizon de placement ;',
  '- le conseil en investissements financiers, fourni de manière non indépendante : les recommandations portent sur des produits sélectionnés par le cabinet auprès de ses partenaires, qui peuvent le rémunérer (article 4). Chaque recommandation est précédée d’un rapport d’adéquation écrit, qui explique en quoi elle répond aux objectifs et à l’horizon du client, à sa tolérance au risque, à sa capacité à subir des pertes, à ses connaissances et à son expérience, et à ses préférences en matière de durabilité ;',
  '- le suivi : au moins une fois par an, un point sur la situation du client et sur l’adéquation de ses placements, et la mise à jour de son profil.',
  'Le cabinet n’exerce aucun mandat de gestion et ne détient aucun fonds du client. Les décisions d’investissement appartiennent au client.',
  '## 2. Documents remis au client',
  '- Le bilan patrimonial, au format PDF, dans son espace client ;',
  '- le rapport d’adéquation de chaque recommandation, avant toute souscription ;',
  '- chaque année, le relevé des frais et rémunérations perçus par le cabinet.',
  '## 3. Obligations du client',
  'Le client fournit des informations exactes, complètes et à jour sur sa situation, ses objectifs et ses connaissances, ainsi que les justificatifs demandés au titre de la lutte contre le blanchiment des capitaux ; il informe le cabinet sans délai de tout changement (situation familiale, revenus, patrimoine, résidence fiscale). Le cabinet fonde son conseil sur ces informations et ne répond pas d’un conseil rendu inadapté par des informations inexactes ou incomplètes.',
  '## 4. Rémunération du cabinet',
  'Honoraires : {{offre.nom}}, {{offre.prix}}, payables selon les conditions de l’abonnement souscrit dans l’espace client.',
  'Le cabinet peut en outre percevoir des commissions des fournisseurs des produits souscrits : leur montant, ou à défaut leur mode de calcul, est communiqué au client avant toute souscription, puis récapitulé une fois par an.',
  '## 5. Durée et résiliation',
  'La lettre de mission prend effet à sa signature pour un an et se renouvelle ensuite par tacite reconduction. Chaque partie peut y mettre fin à tout moment par écrit (courrier, ou e-mail à {{cabinet.email}}) avec un préavis d’un mois ; les honoraires de la période en cours restent dus. La fin de la mission est sans effet sur les contrats souscrits par le client, qui restent régis par leurs propres conditions.',
  'Conclue à distance ou hors établissement, la lettre de mission peut être rétractée par le client dans les quatorze jours de sa signature, sans motif ni pénalité (article L. 221-18 du Code de la consommation).',
  '## 6. Confidentialité et données personnelles',
  'Le cabinet est tenu au secret professionnel. Les informations du client ne servent qu’à l’exécution de la mission et ne sont transmises qu’aux fournisseurs des produits souscrits et aux autorités habilitées. Le traitement des données personnelles est décrit dans le document d’entrée en relation ; délégué à la protection des données : {{cabinet.dpo}} ({{cabinet.dpo_email}}).',
  '## 7. Réclamations et médiation',
  'Réclamations : par courrier au siège ou à {{cabinet.email}} (accusé de réception sous dix jours ouvrables, réponse sous deux mois au plus). Médiateur de la consommation : {{cabinet.mediateur}} ({{cabinet.mediateur_site}}).',
  '## 8. Droit applicable',
  'La présente lettre de mission est soumise au droit français. À défaut de règlement amiable ou de médiation, tout litige relève des juridictions françaises compétentes.',
]

export const DEMO_TEMPLATES = [
  { kind: 'der', title: 'Document d’entrée en relation', body: richText(DER) },
  { kind: 'lettreMission', title: 'Lettre de mission', body: richText(LETTRE_DE_MISSION) },
] as const
