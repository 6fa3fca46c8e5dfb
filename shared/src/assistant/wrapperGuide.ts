import { formatEur } from '../finance/money'
import type { Locale } from '../i18n/locales'
import { CEILINGS_CENTS, PEA_COMBINED_CEILING_CENTS } from '../patrimony/ceilings'

/**
 * What each savings wrapper (enveloppe) is, in a few educational lines: the
 * offline assistant's reference. Ceilings come from patrimony/ceilings.ts;
 * no rate is quoted (regulated rates change, the advisor has the current one).
 */
export const WRAPPERS = ['livret-a', 'ldds', 'lep', 'pel', 'pea', 'pea-pme', 'life-insurance', 'per', 'securities-account', 'scpi'] as const
export type Wrapper = (typeof WRAPPERS)[number]

const eur = (cents: number, locale: Locale) => formatEur(cents, locale).replace(/,00(?=\s*€)|\.00$/, '')

export function wrapperGuide(wrapper: Wrapper, locale: Locale): string {
  const c = (key: keyof typeof CEILINGS_CENTS) => eur(CEILINGS_CENTS[key], locale)
  const combined = eur(PEA_COMBINED_CEILING_CENTS, locale)
  const fr: Record<Wrapper, string> = {
    'livret-a':
      `**Livret A** : un livret d’épargne réglementé, disponible à tout moment. Le taux est fixé par l’État ; les intérêts sont exonérés d’impôt sur le revenu et de prélèvements sociaux. Plafond des versements : ${c('livret-a')} par personne. C’est une place habituelle pour l’épargne de précaution.`,
    ldds: `**LDDS** (livret de développement durable et solidaire) : comme le Livret A — même taux, disponible, intérêts exonérés — avec un plafond de ${c('ldds')}.`,
    lep: `**LEP** (livret d’épargne populaire) : réservé aux foyers sous un plafond de revenus, il rapporte plus que le Livret A, reste disponible et exonéré. Plafond : ${c('lep')}.`,
    pel: `**PEL** (plan d’épargne logement) : des versements réguliers à un taux fixé à l’ouverture, pensés pour un projet immobilier. Plafond de versements : ${c('pel')} ; un retrait ferme le plan.`,
    pea: `**PEA** (plan d’épargne en actions) : une enveloppe pour détenir des actions européennes et des fonds éligibles. Versements plafonnés à ${c('pea')}. Après 5 ans, les gains sont exonérés d’impôt sur le revenu (les prélèvements sociaux restent dus). Le capital n’est pas garanti : les actions peuvent baisser.`,
    'pea-pme': `**PEA-PME** : un PEA dédié aux petites et moyennes entreprises, plafonné à ${c('pea-pme')} de versements, et à ${combined} avec le PEA classique. Même fiscalité après 5 ans, risque plus élevé.`,
    'life-insurance':
      '**Assurance-vie** : un contrat d’assurance qui loge un **fonds euros** (capital garanti par l’assureur, rendement modeste) et des **unités de compte** (actions, obligations, immobilier : sans garantie du capital). L’argent reste disponible (l’assureur a jusqu’à deux mois pour payer un rachat). Après 8 ans, les gains retirés bénéficient d’un abattement annuel (4 600 € pour une personne seule, 9 200 € pour un couple), et le contrat se transmet hors succession dans certaines limites.',
    per: '**PER** (plan d’épargne retraite) : une épargne bloquée jusqu’à la retraite, sauf cas prévus par la loi (achat de la résidence principale, accidents de la vie). Les versements peuvent être déduits du revenu imposable dans certaines limites ; ils sont alors imposés à la sortie. Intéressant surtout quand la tranche d’imposition est élevée aujourd’hui.',
    'securities-account':
      '**Compte-titres** : un compte sans plafond qui accepte tous les titres (actions du monde entier, obligations, fonds). Pas d’avantage fiscal : les gains et dividendes sont imposés l’année où ils sont encaissés.',
    scpi: '**SCPI** (« pierre-papier ») : des parts d’une société qui achète et loue de l’immobilier, le plus souvent de bureaux ou de commerces. Elle verse une partie des loyers ; les parts se revendent parfois lentement et leur valeur peut baisser. À envisager sur un horizon long.',
  }
  const en: Record<Wrapper, string> = {
    'livret-a':
      `**Livret A**: a regulated savings account, available at any time. The State sets its rate; the interest is free of income tax and social charges. Deposits are capped at ${c('livret-a')} per person. A usual home for an emergency fund.`,
    ldds: `**LDDS** (sustainable development savings account): like the Livret A — same rate, available, tax-free — capped at ${c('ldds')}.`,
    lep: `**LEP** (popular savings account): for households under an income ceiling; it pays more than the Livret A, stays available and tax-free. Capped at ${c('lep')}.`,
    pel: `**PEL** (home savings plan): regular deposits at a rate fixed when it is opened, meant for a property project. Deposits capped at ${c('pel')}; any withdrawal closes the plan.`,
    pea: `**PEA** (equity savings plan): a wrapper for European shares and eligible funds. Deposits capped at ${c('pea')}. After 5 years, gains are free of income tax (social charges still apply). The capital is not guaranteed: shares can fall.`,
    'pea-pme': `**PEA-PME**: a PEA for small and mid-sized companies, capped at ${c('pea-pme')} of deposits and at ${combined} together with the classic PEA. Same taxation after 5 years, higher risk.`,
    'life-insurance':
      '**Assurance-vie** (life insurance): an insurance contract holding a **euro fund** (capital guaranteed by the insurer, modest return) and **unit-linked funds** (shares, bonds, property: capital not guaranteed). The money stays available (the insurer has up to two months to pay a surrender). After 8 years, withdrawn gains get a yearly allowance (€4,600 for a single person, €9,200 for a couple), and the contract passes outside the estate within limits.',
    per: '**PER** (retirement savings plan): savings locked until retirement, except in cases the law lists (buying the main home, life accidents). Deposits can be deducted from taxable income within limits; they are then taxed on the way out. Most useful when your tax bracket is high today.',
    'securities-account':
      '**Securities account** (compte-titres): no ceiling and any security (shares worldwide, bonds, funds). No tax advantage: gains and dividends are taxed in the year they are received.',
    scpi: '**SCPI** (real-estate fund): shares of a company that buys and lets property, mostly offices or shops. It pays out part of the rents; shares can be slow to sell and their value can fall. For a long horizon.',
  }
  return (locale === 'fr' ? fr : en)[wrapper]
}
