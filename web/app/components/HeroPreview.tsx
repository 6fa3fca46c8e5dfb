import { formatEur } from '@atlas/shared/finance/money'
import type { MessageKey } from '@atlas/shared/i18n'
import { useLocale, useT } from '../lib/translation'

/* A fictitious dashboard card for the landing hero, labelled as an example. */
const EXAMPLE_NET_WORTH_CENTS = 48_235_000
const EXAMPLE_ALLOCATION: readonly { key: MessageKey; share: number; tone: string }[] = [
  { key: 'landing.preview.realEstate', share: 0.52, tone: 'navy' },
  { key: 'landing.preview.lifeInsurance', share: 0.28, tone: 'teal' },
  { key: 'landing.preview.pea', share: 0.12, tone: 'sky' },
  { key: 'landing.preview.cash', share: 0.08, tone: 'sand' },
]

export function HeroPreview() {
  const t = useT()
  const locale = useLocale()
  const percent = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent' })
  return (
    <figure className="hero-preview card" aria-label={t('landing.preview.label')}>
      <figcaption className="hero-preview-label">{t('landing.preview.label')}</figcaption>
      <p className="hero-preview-caption">{t('landing.preview.netWorth')}</p>
      <p className="hero-preview-amount">{formatEur(EXAMPLE_NET_WORTH_CENTS, locale)}</p>
      <p className="hero-preview-caption">{t('landing.preview.allocation')}</p>
      <div className="allocation-bar" aria-hidden="true">
        {EXAMPLE_ALLOCATION.map(({ key, share, tone }) => (
          <span key={key} className={`allocation-${tone}`} style={{ width: `${share * 100}%` }} />
        ))}
      </div>
      <ul className="allocation-legend">
        {EXAMPLE_ALLOCATION.map(({ key, share, tone }) => (
          <li key={key}>
            <span className={`allocation-dot allocation-${tone}`} aria-hidden="true" />
            <span>{t(key)}</span>
            <span className="allocation-share">{percent.format(share)}</span>
          </li>
        ))}
      </ul>
      <p className="hero-preview-risk">{t('landing.preview.risk')}</p>
    </figure>
  )
}
