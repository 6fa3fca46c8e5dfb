import type { Locale } from '@atlas/shared/i18n'
import type { BillingInterval } from '@atlas/shared/billing/planPrice'
import type { SubscriptionStatus } from '@atlas/shared/billing/subscriptionStatus'
import { cmsFetch } from './cms.server'
import { env } from './env.server'

/*
 * The billing calls of the cms (contract: /api/billing/*), on behalf of the
 * signed-in investor. The cms decides everything (who may subscribe, what
 * state a payment is in); web only shows it and posts the person's choices.
 */

export type SubscriptionView = {
  planId: number | string | null
  planName: string
  interval: BillingInterval
  status: SubscriptionStatus
  amountCents: number
  currentPeriodEnd: string | null
  cancelAtPeriodEnd: boolean
  paymentFailedAt: string | null
  trialEndsAt: string | null
}

export type InvoiceRow = {
  id: number | string
  number: string
  issuedAt: string
  totalInclVatCents: number
  kind: string
  pdfUrl?: string | null
}

type RawSubscription = Partial<Omit<SubscriptionView, 'planId'>> & { plan?: { id?: number | string; name?: string } | string | number | null; planName?: string }

/** The cms answer, whatever way it names the plan (`planName` or a populated `plan`). */
const subscriptionView = (raw: RawSubscription | null | undefined): SubscriptionView | null => {
  if (!raw || typeof raw !== 'object') return null
  const planName = raw.planName ?? (raw.plan && typeof raw.plan === 'object' ? raw.plan.name : undefined) ?? ''
  const planId = raw.plan && typeof raw.plan === 'object' ? (raw.plan.id ?? null) : (raw.plan ?? null)
  return {
    planId,
    planName,
    interval: raw.interval === 'year' ? 'year' : 'month',
    status: (raw.status ?? 'incomplete') as SubscriptionStatus,
    amountCents: raw.amountCents ?? 0,
    currentPeriodEnd: raw.currentPeriodEnd ?? null,
    cancelAtPeriodEnd: Boolean(raw.cancelAtPeriodEnd),
    paymentFailedAt: raw.paymentFailedAt ?? null,
    trialEndsAt: raw.trialEndsAt ?? null,
  }
}

export type BillingOverview = { subscription: SubscriptionView | null; invoices: InvoiceRow[] }

/** `GET /api/billing/subscription`: the investor's subscription (or null) and their invoices. */
export async function billingOverview(token: string, locale?: Locale, timeoutMs?: number) {
  const result = await cmsFetch<{ subscription?: RawSubscription | null; invoices?: InvoiceRow[] }>('/api/billing/subscription', {
    token,
    locale,
    timeoutMs,
  })
  if (!result.ok) return result
  const overview: BillingOverview = {
    subscription: subscriptionView(result.data?.subscription),
    invoices: Array.isArray(result.data?.invoices) ? result.data.invoices : [],
  }
  return { ...result, data: overview }
}

/** `POST /api/billing/checkout`: where to send the browser to pay (Stripe Checkout, or the demo page). */
export const startCheckout = (token: string, locale: Locale, choice: { planId: string; interval: BillingInterval }) =>
  cmsFetch<{ url: string; sessionId: string }>('/api/billing/checkout', {
    token,
    locale,
    method: 'POST',
    body: { planId: /^\d+$/.test(choice.planId) ? Number(choice.planId) : choice.planId, interval: choice.interval },
    // Stripe may be slow: the cms gives up first and says so with a 503.
    timeoutMs: 20_000,
  })

export type CheckoutState = { status: 'open' | 'complete' | 'expired'; subscription?: RawSubscription | null }

/** `GET /api/billing/checkout/:sessionId`: the real state of a checkout, read by the cms. */
export async function checkoutState(token: string, sessionId: string, locale?: Locale) {
  const result = await cmsFetch<CheckoutState>(`/api/billing/checkout/${encodeURIComponent(sessionId)}`, { token, locale })
  if (!result.ok) return result
  return { ...result, data: { status: result.data.status, subscription: subscriptionView(result.data.subscription) } }
}

/** `POST /api/billing/portal`: Stripe's Customer Portal, or the demo portal page. */
export const portalUrl = (token: string, locale: Locale) =>
  cmsFetch<{ url: string }>('/api/billing/portal', { token, locale, method: 'POST', body: {} })

export type DemoCheckout = {
  status?: 'open' | 'complete' | 'expired'
  planName: string
  interval: BillingInterval
  amountCents: number
  trialDays: number
}

type RawDemoCheckout = Partial<DemoCheckout> & { plan?: { name?: string } | null; trialPeriodDays?: number }

/** `GET /api/billing/demo/checkout/:sessionId` (demo only): what the demo checkout shows. */
export async function demoCheckout(token: string, sessionId: string, locale?: Locale) {
  const result = await cmsFetch<RawDemoCheckout>(`/api/billing/demo/checkout/${encodeURIComponent(sessionId)}`, { token, locale })
  if (!result.ok) return result
  const raw = result.data ?? {}
  const view: DemoCheckout = {
    status: raw.status,
    planName: raw.planName ?? raw.plan?.name ?? '',
    interval: raw.interval === 'year' ? 'year' : 'month',
    amountCents: raw.amountCents ?? 0,
    trialDays: raw.trialDays ?? raw.trialPeriodDays ?? 0,
  }
  return { ...result, data: view }
}

/** Demo checkout's "Payer" (`complete`) or "Annuler" (`cancel`). */
/** "Payer" (`complete`, with the billing address Stripe Checkout would ask) or "Annuler" (`cancel`) on the demo checkout. */
export const finishDemoCheckout = (token: string, sessionId: string, outcome: 'complete' | 'cancel', locale: Locale, billingAddress?: Record<string, string>) =>
  cmsFetch(`/api/billing/demo/checkout/${encodeURIComponent(sessionId)}/${outcome}`, {
    token,
    locale,
    method: 'POST',
    body: outcome === 'complete' ? { billingAddress: billingAddress ?? {} } : {},
  })

export const DEMO_PORTAL_ACTIONS = ['cancel', 'resume', 'change-plan', 'update-card', 'renew-paid', 'renew-failed'] as const
export type DemoPortalAction = (typeof DEMO_PORTAL_ACTIONS)[number]
export const isDemoPortalAction = (value: string): value is DemoPortalAction => (DEMO_PORTAL_ACTIONS as readonly string[]).includes(value)

/** `POST /api/billing/demo/portal` (demo only): what Stripe's portal would do, through the same webhook handler. */
export const demoPortal = (
  token: string,
  locale: Locale,
  body: { action: DemoPortalAction; planId?: number | string; interval?: BillingInterval },
) => cmsFetch('/api/billing/demo/portal', { token, locale, method: 'POST', body })

export type PdfAnswer =
  | { kind: 'pdf'; bytes: ArrayBuffer; fileName: string | null }
  | { kind: 'refused'; status: number }
  | { kind: 'unavailable' }

/** `GET /api/invoices/:id/pdf` with the investor's token: the stored PDF, as bytes (cmsFetch reads JSON only). */
export async function invoicePdf(token: string, id: string): Promise<PdfAnswer> {
  try {
    const response = await fetch(`${env.cmsUrl}/api/invoices/${encodeURIComponent(id)}/pdf`, {
      headers: { Authorization: `JWT ${token}`, Accept: 'application/pdf' },
      signal: AbortSignal.timeout(15_000),
      redirect: 'manual',
    })
    if (response.status >= 500) {
      console.error(`[atlas web] cms answered ${response.status}: GET /api/invoices/${id}/pdf`)
      return { kind: 'unavailable' }
    }
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/pdf')) {
      await response.body?.cancel()
      return { kind: 'refused', status: response.ok ? 404 : response.status }
    }
    const disposition = response.headers.get('content-disposition') ?? ''
    const fileName = disposition.match(/filename="?([^";]+)"?/)?.[1] ?? null
    return { kind: 'pdf', bytes: await response.arrayBuffer(), fileName }
  } catch (cause) {
    console.error(`[atlas web] cms unreachable: GET /api/invoices/${id}/pdf:`, (cause as Error)?.message ?? cause)
    return { kind: 'unavailable' }
  }
}

/** The words of a cms refusal: the field's message of a 400 (Payload's ValidationError), else the top-level one. */
export const refusalMessage = (result: { message: string; fieldErrors: Record<string, string> }, fallback: string): string =>
  Object.values(result.fieldErrors).find(Boolean) || result.message || fallback
