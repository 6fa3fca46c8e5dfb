/**
 * Every setting the cms reads, with the default that applies when unset.
 * `.env.example` at the repository root lists the same names.
 */
import { parseTrustProxy } from '@atlas/shared/net/clientIp'
import { readSecret } from '@atlas/shared/secrets.server'

const read = (name: string, fallback: string): string => {
  const value = process.env[name]
  return value && value.trim() !== '' ? value : fallback
}

export const env = {
  databaseUrl: read('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/atlas'),
  /** No default: production refuses to start without a good one (docs/decisions/018-secrets-and-client-ip.md). */
  payloadSecret: readSecret('PAYLOAD_SECRET'),
  cmsPublicUrl: read('CMS_PUBLIC_URL', 'http://localhost:3001'),
  webUrl: read('WEB_URL', 'http://localhost:3000'),
  emailFrom: read('EMAIL_FROM', 'bonjour@atlas.local'),
  emailFromName: read('EMAIL_FROM_NAME', 'Atlas'),
  mediaDir: read('MEDIA_DIR', ''),
  /** Unset: mails go to the outbox collection instead of SendGrid. */
  sendgridApiKey: read('SENDGRID_API_KEY', ''),
  /** How long one SendGrid call may take before it counts as failed (and is retried). */
  sendgridTimeoutMs: Number(read('SENDGRID_TIMEOUT_MS', '10000')),
  /** Shared with web: proves that a forwarded visitor IP (contact rate limit) comes from web. */
  webForwardKey: readSecret('WEB_FORWARD_KEY'),
  /** Reverse proxies in front of the cms that append to X-Forwarded-For; 0: the TCP peer is the client. */
  trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
  /** Unset: the assistant answers offline from the investor's own figures (docs/decisions/015-assistant.md). */
  openaiApiKey: read('OPENAI_API_KEY', ''),
  openaiModel: read('OPENAI_MODEL', 'gpt-4o-mini'),
  /** Any OpenAI-compatible server; unset: api.openai.com. */
  openaiBaseUrl: read('OPENAI_BASE_URL', ''),
  /** Minutes an investor waits after a failed quiz attempt before the next (decision 007); 0 = no wait. */
  /** `coingecko`: live crypto prices; unset: the dated offline table (docs/decisions/031-prices-and-quoted-holdings.md). */
  priceProvider: read('PRICE_PROVIDER', 'offline'),
  /** CoinGecko's simple-price endpoint, or any server answering its shape. */
  priceApiUrl: read('PRICE_API_URL', 'https://api.coingecko.com/api/v3/simple/price'),
  /** Optional CoinGecko demo key (sent as x-cg-demo-api-key). */
  priceApiKey: read('PRICE_API_KEY', ''),
  /** How long a price request may take before the offline table answers instead. */
  priceApiTimeoutMs: Number(read('PRICE_API_TIMEOUT_MS', '5000')),
  /** Unset: billing runs on the demo checkout, no Stripe call (docs/decisions/034-billing-stripe.md). */
  stripeSecretKey: read('STRIPE_SECRET_KEY', ''),
  /** Verifies /api/stripe/webhook; the demo signs its own events with it. No default (decision 018). */
  stripeWebhookSecret: readSecret('STRIPE_WEBHOOK_SECRET'),
  /** How long one Stripe call may take before checkout answers 503. */
  stripeTimeoutMs: Number(read('STRIPE_TIMEOUT_MS', '10000')),
  quizRetryCooldownMinutes: Math.max(0, Number(read('QUIZ_RETRY_COOLDOWN_MINUTES', '10')) || 0),
}

