/**
 * French messages of the regulated-savings rules: ceilings on deposits and
 * one account of each kind per person (shared/src/patrimony/ceilings.ts,
 * singleHoldings.ts).
 */
export const savingsRulesFr = {
  'errors.asset.ceilingDeposits':
    'Le plafond légal du {product} est de {ceiling} de versements (hors intérêts). Si les intérêts capitalisés ont porté le solde au-delà, indiquez aussi le total de vos versements ; sinon, indiquez un solde inférieur ou égal.',
  'errors.asset.singleHolding':
    'Vous avez déjà un {product} : la loi n’en autorise qu’un par personne. Modifiez celui qui existe plutôt que d’en ajouter un second.',
}
