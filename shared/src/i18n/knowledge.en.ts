import type { knowledgeFr } from './knowledge.fr'

export const knowledgeEn: Record<keyof typeof knowledgeFr, string> = {
  'questionnaire.family.epargne': 'Regulated savings, euro funds and unit-linked funds',
  'questionnaire.family.actions-fonds': 'Equities, funds and ETFs',
  'questionnaire.family.obligations': 'Bonds',
  'questionnaire.family.immobilier-non-cote': 'Real estate (SCPI) and private equity',
  'questionnaire.family.derives': 'Structured products and derivatives',
  'questionnaire.family.crypto': 'Crypto-assets',
  'questionnaire.family.position': 'Family {index} of {total}: {name}',
  'questionnaire.family.families': 'Product families',
  'questionnaire.family.incomplete': 'Some answers are still missing in this family before you can go on.',
  'profile.productClass.savings-accounts.explain': 'Livret A, LDDS, LEP…: money available at any time, guaranteed, at a rate set by the State.',
  'profile.productClass.euro-funds.explain': 'The guaranteed part of a life insurance policy: the capital does not fall, the return is modest.',
  'profile.productClass.unit-linked.explain': 'The non-guaranteed part of a life insurance policy, invested in funds whose value goes up and down.',
  'profile.productClass.equities.explain': 'A share of a company’s capital: it may pay dividends, and its value changes every day.',
  'profile.productClass.funds-etf.explain': 'A basket of many securities managed for you; an ETF simply tracks an index such as the CAC 40.',
  'profile.productClass.bonds.explain': 'A loan to a company or a State, which pays you interest and repays you at maturity.',
  'profile.productClass.scpi.explain': 'Shares of rented property (offices, shops) that pay rents; selling them can take time.',
  'profile.productClass.private-equity.explain': 'The capital of unlisted companies: high potential, money locked up for several years.',
  'profile.productClass.derivatives.explain': 'Options, turbos, structured products: their value depends on another asset, and losses can come fast.',
  'profile.productClass.crypto.explain': 'Bitcoin, ether…: highly volatile digital assets, with no guarantee or reference value.',
}
