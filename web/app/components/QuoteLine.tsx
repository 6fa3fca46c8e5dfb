import { quoteLine } from '@atlas/shared/prices/quoteLabel'
import type { GroupLine } from '@atlas/shared/patrimony/groups'
import { useLocale } from '../lib/translation'

/** Under a quoted holding on the patrimony page: "0,5 BTC · cours du 30/11" (or "· valeur saisie" when the price was unknown). */
export function QuoteLine({ quote }: { quote: GroupLine['quote'] }) {
  const locale = useLocale()
  if (!quote) return null
  return <span className="holding-quote" data-testid="holding-quote">{quoteLine(quote, locale)}</span>
}
