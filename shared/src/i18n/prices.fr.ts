/**
 * Quoted holdings (quantity × price), French: the price label of a line, the
 * form's symbol and quantity fields and their errors. Spread into
 * messages.fr.ts; prices.en.ts has the same keys.
 */
export const pricesFr = {
  'errors.asset.unknownQuote': 'Cours inconnu pour {symbol} : saisissez la valeur.',
  'errors.asset.listedSymbol': 'Indiquez un ISIN (12 caractères, par exemple FR0000120073) ou un code mnémonique (par exemple CW8).',
  'errors.asset.listedQuantity': 'Indiquez un nombre de parts supérieur à zéro (par exemple 12).',
  'errors.asset.listedPair': 'Indiquez le titre et le nombre de parts, ou aucun des deux.',

  'prices.asOf': 'cours du {date}',
  'prices.line': '{quantity} {symbol} · cours du {date}',
  'prices.manual': '{quantity} {symbol} · valeur saisie',
  'prices.computed': 'Valeur calculée : quantité × cours.',

  'patrimony.form.listedLegend': 'Titre coté (facultatif)',
  'patrimony.form.listedSymbol': 'ISIN ou code mnémonique',
  'patrimony.form.listedQuantity': 'Nombre de parts',
  'patrimony.form.quotedHint':
    'Avec un symbole et une quantité, Atlas calcule la valeur : quantité × cours, mis à jour chaque soir. Laissez la valeur vide, sauf si le cours est inconnu.',
}
