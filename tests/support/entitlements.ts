import type { Account } from './accounts'
import { testPayload } from './payload'

/*
 * Plans with entitlements, subscriptions written as trusted code (as the
 * Stripe webhook handler writes them) and past assistant questions, for the
 * entitlement tests (docs/decisions/036-entitlements.md).
 */

type Pool = { query: (sql: string, values?: unknown[]) => Promise<unknown> }
const unique = () => Math.random().toString(36).slice(2, 10)
export const DAY_MS = 24 * 60 * 60 * 1000

/** A published paid plan named `<name> <random>` with the given entitlements group. */
export async function makePlan(name: string, entitlements: Record<string, unknown>): Promise<{ id: number; name: string }> {
  const doc = await (await testPayload()).create({
    collection: 'plans',
    overrideAccess: true,
    data: { name: `${name} ${unique()}`, monthlyPriceCents: 2900, features: [{ text: 'Test' }], entitlements, _status: 'published' } as never,
  })
  return { id: Number(doc.id), name: String(doc.name) }
}

export const PATRIMOINE = { assistantMessagesPerMonth: null, premiumCourses: true, documentsBilan: true, advisorMeetingsPerYear: 4 }
export const ESSENTIEL = { assistantMessagesPerMonth: 100, premiumCourses: true, documentsBilan: false, advisorMeetingsPerYear: 1 }

/** An active monthly subscription of `investor` to `planId`, its period ending in 20 days unless `fields` say otherwise. */
export async function subscribe(investor: Account, planId: number, fields: Record<string, unknown> = {}): Promise<{ id: number }> {
  const doc = await (await testPayload()).create({
    collection: 'subscriptions',
    overrideAccess: true,
    data: {
      customer: investor.id,
      plan: planId,
      interval: 'month',
      status: 'active',
      stripeSubscriptionId: `sub_test_${unique()}`,
      currentPeriodEnd: new Date(Date.now() + 20 * DAY_MS).toISOString(),
      ...fields,
    } as never,
  })
  return { id: Number(doc.id) }
}

/** `count` questions the investor sent to the assistant, at `at` (written into the rows: Payload sets createdAt itself). */
export async function askedBefore(investor: Account, count: number, at?: Date): Promise<void> {
  const payload = await testPayload()
  const pool = (payload.db as unknown as { pool: Pool }).pool
  for (let i = 0; i < count; i++) {
    const row = await payload.create({ collection: 'assistant-requests', overrideAccess: true, data: { owner: investor.id } })
    if (at) await pool.query('update assistant_requests set created_at = $2 where id = $1', [row.id, at])
  }
}
