import type { pricesFr } from './prices.fr'

/** Quoted holdings, English: the same keys as prices.fr.ts. */
export const pricesEn: Record<keyof typeof pricesFr, string> = {
  'errors.asset.unknownQuote': 'No price known for {symbol}: enter the value.',
  'errors.asset.listedSymbol': 'Enter an ISIN (12 characters, for example FR0000120073) or a ticker (for example CW8).',
  'errors.asset.listedQuantity': 'Enter a number of shares above zero (for example 12).',
  'errors.asset.listedPair': 'Enter both the security and the number of shares, or neither.',

  'prices.asOf': 'price of {date}',
  'prices.line': '{quantity} {symbol} · price of {date}',
  'prices.manual': '{quantity} {symbol} · value entered by hand',
  'prices.computed': 'Computed value: quantity × price.',

  'patrimony.form.listedLegend': 'Listed security (optional)',
  'patrimony.form.listedSymbol': 'ISIN or ticker',
  'patrimony.form.listedQuantity': 'Number of shares',
  'patrimony.form.quotedHint':
    'With a symbol and a quantity, Atlas computes the value: quantity × price, updated every evening. Leave the value empty unless the price is unknown.',
}
