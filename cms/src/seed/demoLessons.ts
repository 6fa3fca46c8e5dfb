import { richText } from './richText'

/*
 * The lessons of the two demo courses: real French content. The video
 * lessons have no hosted video yet (no URL is invented): the player says so
 * and shows the transcript, which is the lesson's full text.
 */

const option = (label: string, correct = false) => ({ label, correct })

export const SAVINGS_LESSONS = [
  {
    blockType: 'text',
    title: 'Les livrets réglementés',
    slug: 'livrets-reglementes',
    content: richText([
      '## Une épargne de précaution disponible',
      'Le Livret A et le LDDS sont garantis par l’État, disponibles à tout moment et leurs intérêts sont exonérés d’impôt sur le revenu et de prélèvements sociaux.',
      'Le plafond des versements est de 22 950 € pour le Livret A et de 12 000 € pour le LDDS. Leur taux est fixé par les pouvoirs publics et révisé périodiquement.',
      '> Conseil : gardez sur vos livrets l’équivalent de trois à six mois de dépenses avant d’investir ailleurs.',
    ]),
  },
  {
    blockType: 'video',
    title: 'L’assurance-vie en quelques minutes',
    slug: 'assurance-vie',
    durationMinutes: 6,
    transcript:
      'L’assurance-vie est une enveloppe, pas un placement en soi. À l’intérieur, vous choisissez entre le fonds en euros, dont le capital est garanti par l’assureur, et des unités de compte, dont la valeur varie avec les marchés.\n\n' +
      'Votre argent reste disponible : vous pouvez faire un rachat partiel à tout moment. Seuls les gains contenus dans le rachat sont imposés.\n\n' +
      'Après huit ans, les gains bénéficient d’un abattement annuel de 4 600 € pour une personne seule et de 9 200 € pour un couple soumis à imposition commune.\n\n' +
      'Enfin, l’assurance-vie permet de transmettre un capital aux bénéficiaires que vous désignez, dans un cadre fiscal spécifique.',
  },
  {
    blockType: 'quiz',
    title: 'Quiz : les enveloppes d’épargne',
    slug: 'quiz-enveloppes',
    passMark: 75,
    questions: [
      {
        prompt: 'Quel est le plafond des versements sur un Livret A ?',
        options: [option('10 000 €'), option('22 950 €', true), option('100 000 €')],
        explanation: 'Le plafond du Livret A est de 22 950 € ; les intérêts capitalisés peuvent le dépasser.',
      },
      {
        prompt: 'Quels supports trouve-t-on dans un contrat d’assurance-vie ? (plusieurs réponses)',
        options: [option('Le fonds en euros', true), option('Des unités de compte', true), option('Un Livret A')],
        explanation: 'Un contrat combine fonds en euros (capital garanti par l’assureur) et unités de compte (non garanties).',
      },
      {
        prompt: 'Après combien d’années l’assurance-vie ouvre-t-elle droit à l’abattement annuel sur les gains ?',
        options: [option('2 ans'), option('5 ans'), option('8 ans', true), option('15 ans')],
        explanation: 'L’abattement de 4 600 € (9 200 € pour un couple) s’applique aux rachats après huit ans.',
      },
      {
        prompt: 'Les intérêts du Livret A sont-ils soumis à l’impôt sur le revenu ?',
        options: [option('Oui'), option('Non', true)],
        explanation: 'Les intérêts du Livret A et du LDDS sont exonérés d’impôt et de prélèvements sociaux.',
      },
    ],
  },
]

export const DIVERSIFICATION_LESSONS = [
  {
    blockType: 'text',
    title: 'Rendement et risque',
    slug: 'rendement-et-risque',
    content: richText([
      '## Pas de rendement sans risque',
      'Plus le rendement espéré d’un placement est élevé, plus sa valeur peut varier, à la hausse comme à la baisse. Cette variation s’appelle la volatilité.',
      'L’horizon de placement compte : sur une longue durée, les baisses temporaires d’un placement en actions ont davantage de temps pour être compensées, sans que rien ne soit garanti.',
      '> À retenir : n’investissez en actions que l’argent dont vous n’aurez pas besoin avant plusieurs années.',
    ]),
  },
  {
    blockType: 'video',
    title: 'Diversifier avec les fonds et les ETF',
    slug: 'fonds-et-etf',
    durationMinutes: 7,
    transcript:
      'Un fonds, ou OPCVM, regroupe l’argent de nombreux épargnants et l’investit dans des dizaines ou des centaines de titres, selon une politique décrite dans son document d’informations clés.\n\n' +
      'Un ETF, ou fonds indiciel coté, réplique un indice comme le CAC 40 ou le MSCI World. Il s’achète en bourse comme une action et ses frais sont en général faibles.\n\n' +
      'Diversifier, c’est ne pas dépendre d’une seule entreprise, d’un seul secteur ou d’un seul pays. Un fonds diversifié réduit le risque propre à chaque titre, mais pas le risque du marché dans son ensemble.',
  },
  {
    blockType: 'quiz',
    title: 'Quiz : fonds et diversification',
    slug: 'quiz-diversification',
    passMark: 70,
    questions: [
      {
        prompt: 'Que réplique un ETF ?',
        options: [option('Un indice', true), option('Le taux du Livret A'), option('Le cours d’une seule action')],
        explanation: 'Un ETF suit la performance d’un indice, par exemple le MSCI World.',
      },
      {
        prompt: 'Que réduit la diversification ? (plusieurs réponses)',
        options: [
          option('Le risque propre à une entreprise', true),
          option('Le risque propre à un secteur', true),
          option('Le risque du marché dans son ensemble'),
        ],
        explanation: 'Diversifier réduit les risques spécifiques, pas le risque de l’ensemble du marché.',
      },
      {
        prompt: 'Où trouver la politique d’investissement d’un fonds ?',
        options: [option('Dans son document d’informations clés', true), option('Sur son relevé de compte'), option('Nulle part')],
        explanation: 'Le document d’informations clés (DIC) décrit l’objectif, les risques et les frais du fonds.',
      },
    ],
  },
]
