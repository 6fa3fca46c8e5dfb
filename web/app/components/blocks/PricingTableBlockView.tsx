import { formatPrice } from '@atlas/shared/finance/money'
import type { Plan, PricingTableBlock } from '@atlas/shared/payload-types'
import { useLocale, useT } from '../../lib/translation'
import { ButtonLink } from '../ui/Button'
import { Card } from '../ui/Card'
import { Section, SectionHeader } from '../ui/Section'

/** The plans side by side: price per month (and per year), what is included, a button to choose it (sign-up for the free one). */
export function PricingTableBlockView({ block, plans, headingId, headingLevel }: { block: PricingTableBlock; plans: Plan[]; headingId: string; headingLevel: 1 | 2 }) {
  const t = useT()
  const locale = useLocale()
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  const PlanHeading = headingLevel === 1 ? 'h2' : 'h3'
  return (
    <Section labelledBy={headingId} className="pricing">
      <header className="section-header">
        <Heading id={headingId}>{block.title}</Heading>
        {block.lead ? <p className="lead">{block.lead}</p> : null}
      </header>
      <ul className="pricing-plans">
        {plans.map((plan) => (
          <Card as="li" key={plan.id} className={plan.highlighted ? 'plan plan-highlighted' : 'plan'} data-testid="plan">
            <PlanHeading className="plan-name">{plan.name}</PlanHeading>
            {plan.highlighted ? <p className="plan-badge">{t('pricing.highlighted')}</p> : null}
            {plan.tagline ? <p className="plan-tagline">{plan.tagline}</p> : null}
            <p className="plan-price" data-testid="plan-price">
              {plan.monthlyPriceCents === 0
                ? t('pricing.free')
                : t('pricing.perMonth', { price: formatPrice(plan.monthlyPriceCents, locale) })}
            </p>
            {plan.yearlyPriceCents ? (
              <p className="plan-yearly">{t('pricing.perYear', { price: formatPrice(plan.yearlyPriceCents, locale) })}</p>
            ) : null}
            <ul className="plan-features" aria-label={t('pricing.features', { plan: plan.name })}>
              {(plan.features ?? []).map((feature, i) => <li key={feature.id ?? i}>{feature.text}</li>)}
            </ul>
            {/* A paid plan is chosen, then paid for (/abonnement/choisir); the free one only needs an account. */}
            <ButtonLink to={plan.monthlyPriceCents > 0 ? `/abonnement/choisir?offre=${plan.id}&periode=mois` : '/inscription'} testId="plan-choose" variant={plan.highlighted ? 'accent' : 'secondary'} block>
              {plan.ctaLabel || t('pricing.cta', { plan: plan.name })}
            </ButtonLink>
          </Card>
        ))}
      </ul>
      <p className="pricing-footnote">{block.footnote || t('pricing.vat')}</p>
    </Section>
  )
}

