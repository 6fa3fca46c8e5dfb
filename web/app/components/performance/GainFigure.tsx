import { formatSignedEur, formatSignedRate } from '@atlas/shared/finance/signedFigures'
import { useLocale, useT } from '../../lib/translation'

const tone = (cents: number) => (cents > 0 ? 'gain' : cents < 0 ? 'loss' : 'even')

/**
 * A gain or loss: the word (Gain / Perte), the signed amount and, when there
 * is one, the signed rate — coloured, but readable without the colour.
 */
export function GainFigure({ gainCents, gainRate, testId }: { gainCents: number; gainRate: number | null; testId?: string }) {
  const t = useT()
  const locale = useLocale()
  const kind = tone(gainCents)
  const params = { word: t(`performance.${kind}`), amount: formatSignedEur(gainCents, locale) }
  return (
    <span className={`gain-figure gain-${kind}`} data-testid={testId}>
      {gainRate === null
        ? t('performance.lineNoRate', params)
        : t('performance.line', { ...params, rate: formatSignedRate(gainRate, locale) })}
    </span>
  )
}
