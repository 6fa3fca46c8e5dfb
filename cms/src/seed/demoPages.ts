import { richText } from './richText'

/*
 * The public site's pages, in French, as blocks (cms/src/collections/Pages).
 * `plans: 'all'` in a pricing table is replaced by the seeded plans' ids.
 * Company identity in the legal pages is provisional and says so.
 */

const button = (label: string, href: string) => ({ label, href })
const noButton = { label: null, href: null }

const LANDING = {
  title: 'Accueil',
  slug: 'accueil',
  meta: {
    title: 'Atlas — Patrimoine, bilan et formation pour investisseurs particuliers',
    description:
      'Atlas réunit votre bilan patrimonial, une formation à l’investissement et un conseiller dédié, dans un espace sécurisé hébergé en Europe.',
  },
  layout: [
    {
      blockType: 'hero',
      eyebrow: 'Patrimoine · Bilan · Formation · Conseil',
      title: 'Votre patrimoine, enfin clair et bien accompagné.',
      lead: 'Atlas réunit en un seul espace votre bilan patrimonial, une formation à l’investissement à votre rythme et un conseiller dédié qui connaît votre situation.',
      primary: button('Créer mon espace', '/inscription'),
      secondary: button('J’ai déjà un compte', '/connexion'),
      note: 'Inscription en deux minutes. Vos données restent en Europe.',
      visual: 'dashboardExample',
    },
    {
      blockType: 'features',
      title: 'Tout ce qu’il faut pour décider sereinement',
      lead: 'Un outil pour voir, des cours pour comprendre, une personne pour vous conseiller.',
      style: 'cards',
      anchor: 'fonctionnalites',
      items: [
        { icon: 'chart', title: 'Bilan patrimonial', text: 'Rassemblez comptes, placements, biens immobiliers et crédits. Atlas calcule votre patrimoine net, sa répartition et votre profil de risque.' },
        { icon: 'book', title: 'Formation', text: 'Des parcours courts et concrets (épargne, assurance-vie, PEA, immobilier, fiscalité) pour comprendre avant d’investir, quiz à l’appui.' },
        { icon: 'advisor', title: 'Conseiller dédié', text: 'Un conseiller en gestion de patrimoine étudie votre profil, valide votre questionnaire et vous aide à fixer des objectifs réalistes.' },
      ],
    },
    {
      blockType: 'features',
      title: 'Comment ça marche',
      style: 'steps',
      anchor: 'etapes',
      tinted: true,
      items: [
        { title: 'Créez votre espace', text: 'Une adresse e-mail et un mot de passe suffisent pour commencer.' },
        { title: 'Décrivez votre situation', text: 'Répondez au questionnaire investisseur et enregistrez vos actifs et vos dettes.' },
        { title: 'Avancez avec votre conseiller', text: 'Il valide votre profil et vous propose une stratégie adaptée à vos objectifs.' },
      ],
    },
    {
      blockType: 'features',
      title: 'Vos données sont entre de bonnes mains',
      style: 'list',
      items: [
        { icon: 'europe', title: 'Hébergées en France et dans l’UE', text: 'Vos informations sont stockées sur des serveurs situés dans l’Union européenne.' },
        { icon: 'shield', title: 'Conforme au RGPD', text: 'Accès, rectification, suppression : vous gardez la main sur vos données.' },
        { icon: 'lock', title: 'Jamais revendues', text: 'Ni publicité ni traceurs : vos données ne servent qu’à vous conseiller.' },
      ],
    },
    {
      blockType: 'callToAction',
      title: 'Prêt à y voir plus clair ?',
      text: 'Créez votre espace et faites le point sur votre patrimoine dès aujourd’hui.',
      button: button('Commencer mon bilan', '/inscription'),
      secondary: button('Parler à un conseiller', '/contact'),
    },
    {
      blockType: 'prose',
      width: 'note',
      content: richText([
        'Tout investissement comporte un risque de perte en capital. Les performances passées ne préjugent pas des performances futures. Les chiffres présentés sur cette page sont fictifs.',
      ]),
    },
  ],
}

const ABOUT = {
  title: 'À propos d’Atlas',
  slug: 'a-propos',
  meta: {
    title: 'À propos — Atlas',
    description: 'Atlas réunit bilan patrimonial, formation et conseil pour aider les épargnants français à décider en connaissance de cause.',
  },
  layout: [
    {
      blockType: 'hero',
      eyebrow: 'À propos',
      title: 'Rendre le conseil patrimonial lisible et accessible',
      lead: 'Atlas est né d’un constat simple : la plupart des épargnants ne savent pas précisément ce qu’ils possèdent, ni pourquoi. Nous voulons changer cela.',
      primary: noButton,
      secondary: noButton,
      visual: 'none',
    },
    {
      blockType: 'prose',
      width: 'reading',
      content: richText([
        '## Notre mission',
        'Atlas aide les investisseurs particuliers à comprendre et à piloter leur patrimoine, accompagnés par un conseiller qui connaît leur situation.',
        'Nous réunissons dans un seul espace ce qui est d’ordinaire éparpillé : le bilan de ce que vous possédez et de ce que vous devez, une formation pour comprendre les placements, et un conseil personnalisé fondé sur votre profil.',
        '## Pourquoi la formation compte',
        'Un bon conseil s’appuie sur un client qui comprend ce qu’on lui propose. Nos parcours expliquent l’épargne réglementée, l’assurance-vie, le PEA, l’immobilier ou la fiscalité en termes simples, quiz à l’appui. Vos progrès aident aussi votre conseiller à mesurer vos connaissances, comme le demande la réglementation européenne (MiFID II).',
        '## Ce en quoi nous croyons',
        '- La transparence : nos tarifs sont publics et nous ne touchons aucune rétrocession cachée.',
        '- La pédagogie : aucune recommandation sans explication.',
        '- La sobriété : vos données ne servent qu’à vous conseiller, jamais à vous profiler pour de la publicité.',
        '> Atlas ne remplace pas votre jugement : il vous donne les moyens de l’exercer.',
      ]),
    },
    {
      blockType: 'callToAction',
      title: 'Envie d’en parler ?',
      text: 'Un conseiller vous répond sous deux jours ouvrés, sans engagement.',
      button: button('Nous contacter', '/contact'),
      secondary: button('Voir les tarifs', '/tarifs'),
    },
  ],
}

const PRICING = {
  title: 'Tarifs',
  slug: 'tarifs',
  meta: {
    title: 'Tarifs — Atlas',
    description: 'Découverte gratuite, Essentiel ou Patrimoine : des offres claires, sans engagement, pour suivre et faire fructifier votre patrimoine.',
  },
  layout: [
    {
      blockType: 'pricingTable',
      title: 'Des offres simples, sans engagement',
      lead: 'Commencez gratuitement, passez à l’offre supérieure quand vous en avez besoin. Vous pouvez changer ou résilier à tout moment.',
      plans: 'all',
      footnote: 'Prix TTC. L’offre annuelle est payée en une fois et équivaut à deux mois offerts. Atlas ne perçoit aucune commission sur les produits que vous choisissez.',
    },
    {
      blockType: 'faq',
      title: 'Questions sur les offres',
      items: [
        { question: 'Puis-je changer d’offre en cours de route ?', answer: richText(['Oui. Le passage à une offre supérieure prend effet immédiatement ; le retour à une offre inférieure prend effet à la fin de la période déjà payée.']) },
        { question: 'Comment résilier ?', answer: richText(['Depuis votre espace, en un clic, à tout moment. Vos données restent consultables jusqu’à la fin de la période payée, puis vous pouvez les exporter ou les supprimer.']) },
        { question: 'L’offre Découverte est-elle vraiment gratuite ?', answer: richText(['Oui, sans limite de durée et sans carte bancaire. Elle comprend le bilan patrimonial, le questionnaire investisseur et un premier parcours de formation.']) },
      ],
    },
    {
      blockType: 'callToAction',
      title: 'Une question avant de choisir ?',
      text: 'Décrivez-nous votre situation : un conseiller vous oriente vers l’offre qui vous convient.',
      button: button('Parler à un conseiller', '/contact'),
      secondary: noButton,
    },
  ],
}

const FAQ = {
  title: 'Questions fréquentes',
  slug: 'faq',
  meta: {
    title: 'Questions fréquentes — Atlas',
    description: 'Sécurité des données, rôle du conseiller, formation, tarifs : les réponses aux questions les plus fréquentes sur Atlas.',
  },
  layout: [
    {
      blockType: 'faq',
      title: 'Questions fréquentes',
      items: [
        { question: 'À qui s’adresse Atlas ?', answer: richText(['Aux particuliers qui veulent y voir clair dans leur patrimoine, qu’ils débutent avec un livret A ou qu’ils détiennent déjà assurance-vie, PEA et immobilier locatif.']) },
        { question: 'Atlas est-il un conseiller en investissement ?', answer: richText(['Atlas met à votre disposition des outils et des contenus pédagogiques. Le conseil personnalisé est délivré par un conseiller en gestion de patrimoine, après étude de votre profil investisseur. Les contenus de formation ne constituent pas un conseil en investissement.']) },
        { question: 'Pourquoi remplir un questionnaire investisseur ?', answer: richText(['La réglementation européenne (MiFID II) impose de connaître votre situation, vos objectifs, vos connaissances et votre tolérance au risque avant de vous conseiller. Le questionnaire d’Atlas reprend ces éléments ; vous pouvez l’enregistrer et le reprendre à tout moment.']) },
        { question: 'Mes données sont-elles en sécurité ?', answer: richText(['Vos données sont hébergées dans l’Union européenne, les échanges sont chiffrés et seuls votre conseiller et les équipes habilitées y accèdent. Elles ne sont jamais vendues ni utilisées à des fins publicitaires.']) },
        { question: 'Dois-je connecter mes comptes bancaires ?', answer: richText(['Non. Vous pouvez saisir vous-même vos comptes, placements, biens et crédits. Atlas calcule ensuite votre patrimoine net et sa répartition.']) },
        { question: 'Les formations sont-elles incluses ?', answer: richText(['Le parcours « Les bases de l’épargne » est ouvert à tous, même sans compte. Les autres parcours et leurs quiz sont inclus dans les offres Essentiel et Patrimoine.']) },
        { question: 'Comment joindre un conseiller ?', answer: richText(['Écrivez-nous depuis la page Contact : un conseiller vous répond sous deux jours ouvrés. Avec l’offre Patrimoine, vous disposez d’un conseiller dédié et de rendez-vous trimestriels.']) },
        { question: 'Puis-je supprimer mon compte ?', answer: richText(['Oui, à tout moment. Vos données personnelles sont alors effacées, sauf celles que la loi nous oblige à conserver (factures notamment), comme le détaille la politique de confidentialité.']) },
      ],
    },
    {
      blockType: 'callToAction',
      title: 'Vous ne trouvez pas votre réponse ?',
      text: 'Posez-nous votre question : nous vous répondons sous deux jours ouvrés.',
      button: button('Nous écrire', '/contact'),
      secondary: noButton,
    },
  ],
}

// The legal notice, CGU and privacy page are web routes filled from the `firm` global (docs/decisions/027-firm-information.md).
export const DEMO_PAGES = [LANDING, ABOUT, PRICING, FAQ]
