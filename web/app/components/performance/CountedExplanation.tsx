import { useT } from '../../lib/translation'

/** "Ce qui est compté": a disclosure that works without JavaScript (details/summary). */
export function CountedExplanation({ leftOut }: { leftOut: number }) {
  const t = useT()
  return (
    <details className="performance-counted" data-testid="performance-counted">
      <summary>{t('performance.counted.title')}</summary>
      <ul>
        <li>{t('performance.counted.latent')}</li>
        <li>{t('performance.counted.fees')}</li>
        <li>{t('performance.counted.leftOut', { count: leftOut })}</li>
        <li>{t('performance.counted.loans')}</li>
        <li>{t('performance.counted.share')}</li>
        <li>{t('performance.counted.period')}</li>
      </ul>
    </details>
  )
}
