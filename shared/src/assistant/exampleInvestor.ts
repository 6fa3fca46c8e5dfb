/**
 * A worked example for the assistant's tests (shared and cms), figures
 * computed by hand in investorSummary.test.ts.
 */
export const EXAMPLE_ASSETS = [
  { kind: 'asset', category: 'livret-a', valueCents: 1_000_000, label: 'Livret de Camille' },
  { kind: 'asset', category: 'pea', valueCents: 2_500_000, ownershipSharePct: 100 },
  { kind: 'asset', category: 'main-home', valueCents: 30_000_000, ownershipSharePct: 50 },
  { kind: 'liability', category: 'mortgage', valueCents: 12_000_000, ownershipSharePct: 50 },
  { kind: 'asset', category: 'unknown-thing', valueCents: 5 },
]
export const EXAMPLE_PROFILE = {
  status: 'validated',
  riskScore: 4,
  riskLabel: 'équilibré',
  objectives: { horizonYears: 10, goals: [{ name: 'Apport', targetCents: 2_400_000, targetDate: '2028-11-25', priority: 'high' }] },
  monthlyIncomeCents: 400_000,
  monthlyExpensesCents: 250_000,
  savingsCapacityCents: 150_000,
}
export const EXAMPLE_NOW = new Date('2026-11-25T10:00:00Z')

