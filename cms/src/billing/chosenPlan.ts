import type { Payload } from 'payload'
import type { Plan } from '@atlas/shared/payload-types'
import type { Locale } from '@atlas/shared/i18n'
import { fieldError } from './answers'

export type Interval = 'month' | 'year'

export type ChosenPlan = { plan: Plan; interval: Interval; amountCents: number; trialDays: number }

/** A published, paying plan and an interval it offers, from a request body; a 400 at the field otherwise. */
export const chosenPlan = async (payload: Payload, locale: Locale, body: { planId?: unknown; interval?: unknown }): Promise<ChosenPlan> => {
  const interval = body.interval
  if (interval !== 'month' && interval !== 'year') return fieldError(locale, 'interval', 'errors.billing.interval')
  const id = typeof body.planId === 'string' && /^\d+$/.test(body.planId) ? Number(body.planId) : body.planId
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return fieldError(locale, 'planId', 'errors.billing.plan')
  const plan = (await payload.findByID({ collection: 'plans', id, depth: 0, overrideAccess: true, disableErrors: true })) as Plan | null
  if (!plan || plan._status !== 'published') return fieldError(locale, 'planId', 'errors.billing.plan')
  const amountCents = interval === 'month' ? plan.monthlyPriceCents : plan.yearlyPriceCents
  if (amountCents === null || amountCents === undefined) return fieldError(locale, 'interval', 'errors.billing.noYearly')
  if (amountCents <= 0) return fieldError(locale, 'planId', 'errors.billing.freePlan')
  return { plan, interval, amountCents, trialDays: Math.max(0, Math.min(90, plan.trialDays ?? 0)) }
}
