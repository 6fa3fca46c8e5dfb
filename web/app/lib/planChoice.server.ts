import type { Plan } from '@atlas/shared/payload-types'
import { DEFAULT_VAT_RATE_BPS, intervalFromWord, planPriceFor, type BillingInterval } from '@atlas/shared/billing/planPrice'
import { fromInclVat } from '@atlas/shared/billing/vat'
import { cmsFetch } from './cms.server'

/** What the choice page and the demo portal show of a plan: prices TTC and HT, trial. */
export type PlanOffer = {
  id: number | string
  name: string
  tagline: string | null
  monthlyCents: number | null
  yearlyCents: number | null
  vatRateBps: number
  trialDays: number
  /** The price of the chosen interval, TTC and HT. */
  priceCents: number
  priceExclVatCents: number
}

export const planOffer = (plan: Plan, interval: BillingInterval): PlanOffer | null => {
  const priceCents = planPriceFor(plan, interval)
  if (priceCents === null) return null
  const vatRateBps = typeof plan.vatRateBps === 'number' ? plan.vatRateBps : DEFAULT_VAT_RATE_BPS
  return {
    id: plan.id,
    name: plan.name,
    tagline: plan.tagline ?? null,
    monthlyCents: planPriceFor(plan, 'month'),
    yearlyCents: planPriceFor(plan, 'year'),
    vatRateBps,
    trialDays: plan.trialDays ?? 0,
    priceCents,
    priceExclVatCents: fromInclVat(priceCents, vatRateBps).htCents,
  }
}

/** `?offre=<planId>&periode=mois|an`: the plan id (digits) and the interval (monthly unless `an`). */
export const choiceFromUrl = (url: URL) => ({
  planId: /^\d{1,12}$/.test(url.searchParams.get('offre') ?? '') ? url.searchParams.get('offre')! : null,
  interval: intervalFromWord(url.searchParams.get('periode')) ?? ('month' as BillingInterval),
})

/** A published plan, read anonymously (visitors see published plans only): the plan, null when there is none, or 'unavailable'. */
export async function publishedPlan(id: string): Promise<Plan | null | 'unavailable'> {
  const result = await cmsFetch<Plan>(`/api/plans/${encodeURIComponent(id)}?depth=0`)
  if (result.ok) return result.data
  return result.kind === 'unavailable' ? 'unavailable' : null
}

/** Every published paid plan, in display order (the demo portal's "change plan"). */
export async function paidPlans(): Promise<Plan[] | 'unavailable'> {
  const result = await cmsFetch<{ docs: Plan[] }>('/api/plans?sort=order&limit=12&depth=0')
  if (!result.ok) return 'unavailable'
  return result.data.docs.filter((plan) => plan.monthlyPriceCents > 0)
}
