import { delay, http, HttpResponse } from 'msw'

/** One request our code sent to Stripe: method, path and the form-encoded parameters as a flat map. */
export type StripeRequest = { method: string; path: string; params: Record<string, string>; idempotencyKey: string | null }

type Script = { kind: 'fail'; status: number; message: string; type: string } | { kind: 'hang'; ms: number }

const API = 'https://api.stripe.com'

/**
 * Stripe's API stand-in for the calls Atlas makes (Products, Prices,
 * Checkout and Billing Portal sessions, subscription and session reads),
 * answering Stripe's JSON shapes. Form bodies are decoded (`price[recurring][interval]`
 * keys stay flat). Requests are recorded; the next call can fail with a
 * Stripe error (`failNext`) or hang past the client's timeout (`hangNext`).
 * Without a Bearer key it answers 401 like the real API.
 */
export const stripeApi = () => {
  const requests: StripeRequest[] = []
  const prices = new Map<string, Record<string, unknown>>()
  const sessions = new Map<string, Record<string, unknown>>()
  const subscriptions = new Map<string, Record<string, unknown>>()
  let script: Script | null = null
  let seq = 0
  const nextId = (prefix: string) => `${prefix}_mock${++seq}${Math.random().toString(36).slice(2, 8)}`

  const handle =
    (answer: (req: StripeRequest, pathParams: Record<string, string>) => Record<string, unknown> | null) =>
    async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      if (!request.headers.get('authorization')?.startsWith('Bearer ')) {
        return HttpResponse.json({ error: { type: 'invalid_request_error', message: 'You did not provide an API key.' } }, { status: 401 })
      }
      const url = new URL(request.url)
      const body = request.method === 'GET' ? url.search.slice(1) : await request.text()
      const entry: StripeRequest = {
        method: request.method,
        path: url.pathname,
        params: Object.fromEntries(new URLSearchParams(body)),
        idempotencyKey: request.headers.get('idempotency-key'),
      }
      requests.push(entry)
      const current = script
      script = null
      if (current?.kind === 'hang') await delay(current.ms)
      if (current?.kind === 'fail') {
        return HttpResponse.json({ error: { type: current.type, message: current.message } }, { status: current.status })
      }
      const answered = answer(entry, params as Record<string, string>)
      if (!answered) return HttpResponse.json({ error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such object' } }, { status: 404 })
      return HttpResponse.json(answered)
    }

  const handlers = [
    http.post(`${API}/v1/products`, handle(({ params }) => ({ id: nextId('prod'), object: 'product', name: params.name, active: true, metadata: {} }))),
    http.post(`${API}/v1/products/:id`, handle(({ params }, { id }) => ({ id, object: 'product', name: params.name, active: true }))),
    http.post(
      `${API}/v1/prices`,
      handle(({ params }) => {
        const price = {
          id: nextId('price'),
          object: 'price',
          active: true,
          product: params.product,
          currency: params.currency,
          unit_amount: Number(params.unit_amount),
          recurring: { interval: params['recurring[interval]'], interval_count: 1 },
          metadata: { planId: params['metadata[planId]'] },
        }
        prices.set(price.id, price)
        return price
      }),
    ),
    http.post(
      `${API}/v1/prices/:id`,
      handle(({ params }, { id }) => {
        const price = prices.get(id!)
        if (!price) return null
        if (params.active !== undefined) price.active = params.active === 'true'
        return price
      }),
    ),
    http.post(
      `${API}/v1/checkout/sessions`,
      handle(({ params }) => {
        const id = nextId('cs_test')
        const session = {
          id,
          object: 'checkout.session',
          mode: params.mode,
          status: 'open',
          url: `https://checkout.stripe.com/c/pay/${id}`,
          client_reference_id: params.client_reference_id ?? null,
          customer: params.customer ?? null,
          subscription: null,
          metadata: {},
        }
        sessions.set(id, session)
        return session
      }),
    ),
    http.get(`${API}/v1/checkout/sessions/:id`, handle((_req, { id }) => sessions.get(id!) ?? null)),
    http.get(`${API}/v1/subscriptions/:id`, handle((_req, { id }) => subscriptions.get(id!) ?? null)),
    http.post(
      `${API}/v1/billing_portal/sessions`,
      handle(({ params }) => ({ id: nextId('bps'), object: 'billing_portal.session', customer: params.customer, url: `https://billing.stripe.com/p/session/${seq}` })),
    ),
  ]

  return {
    handlers,
    requests,
    prices,
    sessions,
    subscriptions,
    /** The next call answers this Stripe error (default: a 500 api_error). */
    failNext: (status = 500, message = 'An unknown error occurred', type = 'api_error') => {
      script = { kind: 'fail', status, message, type }
    },
    /** The next call answers only after `ms` (past STRIPE_TIMEOUT_MS: a timeout). */
    hangNext: (ms: number) => {
      script = { kind: 'hang', ms }
    },
    recover: () => {
      script = null
    },
    /** The requests to one path (e.g. `/v1/prices`), in order. */
    to: (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path),
  }
}
