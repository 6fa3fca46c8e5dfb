import { formatDateParis } from '@atlas/shared/finance/dates'
import type { OverallPerformance } from '@atlas/shared/finance/performance'
import type { PeriodPerformance } from '@atlas/shared/finance/periodPerformance'
import { useLocale, useT } from '../../lib/translation'
import { CountedExplanation } from './CountedExplanation'
import { GainFigure } from './GainFigure'

/** What GET /api/portal/dashboard answers for the chart's period (docs/api.md). */
export type PeriodFigures = PeriodPerformance & { months: number; startsOn: string | null }

const count = (n: number) => (n === 1 ? 'one' : 'other')

/**
 * Dashboard card: the latent gain of every asset with versements, the gain
 * over the chart's months without new money, and what is counted.
 */
export function PerformanceCard({ overall, period }: { overall: OverallPerformance; period: PeriodFigures | null }) {
  const t = useT()
  const locale = useLocale()
  if (overall.counted === 0 && overall.leftOut === 0) return null
  const startsOn = period?.startsOn ? formatDateParis(new Date(`${period.startsOn}T12:00:00Z`), locale, 'short') : null
  return (
    <section className="card performance-card" aria-labelledby="performance-title" data-testid="performance-card">
      <h2 id="performance-title">{t('performance.card.title')}</h2>
      {overall.gainCents === null ? (
        <p className="muted" data-testid="performance-none">{t('performance.card.none')}</p>
      ) : (
        <dl className="performance-figures">
          <div>
            <dt>{t('performance.card.total')}</dt>
            <dd>
              <GainFigure gainCents={overall.gainCents} gainRate={overall.gainRate} testId="performance-total" />
              <span className="performance-hint">{t(`performance.card.totalHint.${count(overall.counted)}`, { count: overall.counted })}</span>
            </dd>
          </div>
          {period && startsOn ? (
            <div>
              <dt>{t('performance.card.period', { months: period.months, date: startsOn })}</dt>
              <dd>
                {period.gainCents === null ? (
                  <span className="performance-hint">{t('performance.card.periodNone')}</span>
                ) : (
                  <>
                    <GainFigure gainCents={period.gainCents} gainRate={null} testId="performance-period" />
                    <span className="performance-hint">{t('performance.card.periodHint')}</span>
                  </>
                )}
              </dd>
            </div>
          ) : null}
        </dl>
      )}
      {overall.leftOut > 0 ? (
        <p className="performance-hint" data-testid="performance-left-out">{t(`performance.card.leftOut.${count(overall.leftOut)}`, { count: overall.leftOut })}</p>
      ) : null}
      <CountedExplanation leftOut={overall.leftOut} />
    </section>
  )
}
