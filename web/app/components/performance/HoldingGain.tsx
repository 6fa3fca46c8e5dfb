import { formatDateParis } from '@atlas/shared/finance/dates'
import { formatSignedRate } from '@atlas/shared/finance/signedFigures'
import type { LinePerformance } from '@atlas/shared/patrimony/assetPerformance'
import { useLocale, useT } from '../../lib/translation'
import { GainFigure } from './GainFigure'

/**
 * A patrimony line's gain or loss against its versements; "—" and why when
 * they are not known. Life insurance and PEA say since when, and past a
 * year an approximate yearly rate, labelled as such (decision 030).
 */
export function HoldingGain({ performance }: { performance: LinePerformance }) {
  const t = useT()
  const locale = useLocale()
  if (performance.gainCents === null) {
    return (
      <span className="holding-gain" data-testid="holding-gain">
        {t('performance.unknown')} <span className="holding-gain-hint">({t('performance.unknownHint')})</span>
      </span>
    )
  }
  const { sinceOpening } = performance
  return (
    <span className="holding-gain" data-testid="holding-gain">
      <span>
        <GainFigure gainCents={performance.gainCents} gainRate={performance.gainRate} />
        {sinceOpening ? ` ${t('performance.sinceOpening', { date: formatDateParis(new Date(sinceOpening.openedAt), locale, 'short') })}` : null}
      </span>
      {sinceOpening?.yearlyRate != null ? (
        <span className="holding-gain-hint" data-testid="holding-yearly-rate">
          {t('performance.yearly', { rate: formatSignedRate(sinceOpening.yearlyRate, locale) })}
        </span>
      ) : null}
    </span>
  )
}
