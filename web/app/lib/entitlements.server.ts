import type { EntitlementsAnswer } from '@atlas/shared/billing/entitlements'
import { cmsFetch } from './cms.server'

/**
 * What the signed-in reader's plan unlocks, as the cms says it
 * (GET /api/billing/entitlements). Only to say what is locked: the cms
 * enforces it. null when the cms cannot answer (the page shows no allowance).
 */
export async function myEntitlements(token: string): Promise<EntitlementsAnswer | null> {
  const result = await cmsFetch<EntitlementsAnswer>('/api/billing/entitlements', { token })
  return result.ok ? result.data : null
}
