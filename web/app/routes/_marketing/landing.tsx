import { Link } from 'react-router'
import { translate, type MessageKey } from '@atlas/shared/i18n'
import type { Route } from './+types/landing'
import { HeroPreview } from '../../components/HeroPreview'
import { AdvisorIcon, BookIcon, ChartIcon, EuropeIcon, LockIcon, ShieldIcon } from '../../components/icons'
import { localeOfMatches } from '../../lib/pageMeta'
import { useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => {
  const locale = localeOfMatches(matches)
  return [
    { title: translate(locale, 'meta.landing.title') },
    { name: 'description', content: translate(locale, 'meta.description') },
  ]
}

const FEATURES = [
  { Icon: ChartIcon, title: 'landing.feature.assessment.title', body: 'landing.feature.assessment.body' },
  { Icon: BookIcon, title: 'landing.feature.training.title', body: 'landing.feature.training.body' },
  { Icon: AdvisorIcon, title: 'landing.feature.advisor.title', body: 'landing.feature.advisor.body' },
] as const

const STEPS: readonly (readonly [MessageKey, MessageKey])[] = [
  ['landing.step1.title', 'landing.step1.body'],
  ['landing.step2.title', 'landing.step2.body'],
  ['landing.step3.title', 'landing.step3.body'],
]

const TRUST = [
  { Icon: EuropeIcon, title: 'landing.trust.hosting.title', body: 'landing.trust.hosting.body' },
  { Icon: ShieldIcon, title: 'landing.trust.gdpr.title', body: 'landing.trust.gdpr.body' },
  { Icon: LockIcon, title: 'landing.trust.noSale.title', body: 'landing.trust.noSale.body' },
] as const

export default function Landing() {
  const t = useT()
  return (
    <>
      <section className="hero">
        <div className="container hero-inner">
          <div className="hero-copy">
            <p className="eyebrow">{t('landing.hero.eyebrow')}</p>
            <h1 className="hero-title">{t('landing.hero.title')}</h1>
            <p className="lead">{t('landing.hero.lead')}</p>
            <div className="hero-actions">
              <Link to="/inscription" className="button button-primary button-large" data-testid="hero-cta">
                {t('landing.hero.cta')}
              </Link>
              <Link to="/connexion" className="button button-secondary button-large">
                {t('landing.hero.secondary')}
              </Link>
            </div>
            <p className="hero-note">{t('landing.hero.note')}</p>
          </div>
          <HeroPreview />
        </div>
      </section>

      <section id="fonctionnalites" className="section" aria-labelledby="features-title">
        <div className="container">
          <header className="section-header">
            <h2 id="features-title">{t('landing.features.title')}</h2>
            <p className="lead">{t('landing.features.lead')}</p>
          </header>
          <div className="grid-3">
            {FEATURES.map(({ Icon, title, body }) => (
              <article key={title} className="card feature">
                <span className="feature-icon"><Icon /></span>
                <h3>{t(title)}</h3>
                <p>{t(body)}</p>
              </article>
            ))}
          </div>
        </div>
      </section>

      <section id="etapes" className="section section-tinted" aria-labelledby="steps-title">
        <div className="container">
          <header className="section-header">
            <h2 id="steps-title">{t('landing.steps.title')}</h2>
          </header>
          <ol className="steps">
            {STEPS.map(([title, body], i) => (
              <li key={title} className="step">
                <span className="step-number" aria-hidden="true">{i + 1}</span>
                <h3>{t(title)}</h3>
                <p>{t(body)}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section className="section" aria-labelledby="trust-title">
        <div className="container">
          <header className="section-header">
            <h2 id="trust-title">{t('landing.trust.title')}</h2>
          </header>
          <ul className="trust grid-3">
            {TRUST.map(({ Icon, title, body }) => (
              <li key={title} className="trust-item">
                <Icon className="icon trust-icon" />
                <div>
                  <h3>{t(title)}</h3>
                  <p>{t(body)}</p>
                </div>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section className="cta-band" aria-labelledby="cta-title">
        <div className="container cta-band-inner">
          <div>
            <h2 id="cta-title">{t('landing.cta.title')}</h2>
            <p>{t('landing.cta.body')}</p>
          </div>
          <div className="cta-band-actions">
            <Link to="/inscription" className="button button-accent button-large">{t('landing.cta.button')}</Link>
            <Link to="/contact" className="button button-secondary button-large" data-testid="cta-contact">
              {t('landing.cta.contact')}
            </Link>
          </div>
        </div>
      </section>

      <p className="container disclaimer">{t('landing.disclaimer')}</p>
    </>
  )
}
