/**
 * Every setting the cms reads, with the default that applies when unset.
 * `.env.example` at the repository root lists the same names.
 */
const DEV_SECRET = 'atlas-dev-secret-change-me-in-production'

const read = (name: string, fallback: string): string => {
  const value = process.env[name]
  return value && value.trim() !== '' ? value : fallback
}

export const env = {
  databaseUrl: read('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/atlas'),
  payloadSecret: read('PAYLOAD_SECRET', DEV_SECRET),
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
  webForwardKey: read('WEB_FORWARD_KEY', 'atlas-dev-forward-key-change-me'),
  /** Unset: the assistant answers offline from the investor's own figures (docs/decisions/015-assistant.md). */
  openaiApiKey: read('OPENAI_API_KEY', ''),
  openaiModel: read('OPENAI_MODEL', 'gpt-4o-mini'),
  /** Any OpenAI-compatible server; unset: api.openai.com. */
  openaiBaseUrl: read('OPENAI_BASE_URL', ''),
  /** Minutes an investor waits after a failed quiz attempt before the next (decision 007); 0 = no wait. */
  quizRetryCooldownMinutes: Math.max(0, Number(read('QUIZ_RETRY_COOLDOWN_MINUTES', '10')) || 0),
}

if (process.env.NODE_ENV === 'production' && env.payloadSecret === DEV_SECRET && !process.env.ATLAS_DEMO) {
  console.warn('[atlas] PAYLOAD_SECRET is not set: using the development secret. Set it in production.')
}
