import { describe, expect, it } from 'vitest'
import { emergencyFund } from './emergencyFund'
import type { Holding } from './netWorth'

const asset = (category: Holding['category'], valueCents: number, ownershipSharePct = 100): Holding => ({ kind: 'asset', category, valueCents, ownershipSharePct })

describe('emergency fund on liquid assets only', () => {
  it('counts current accounts and regulated passbooks, not PEA, crypto, securities, PEL or life insurance', () => {
    const fund = emergencyFund(
      [
        asset('current-account', 300_000), // 3 000 €
        asset('livret-a', 1_000_000), // 10 000 €
        asset('ldds', 500_000), // 5 000 €
        asset('lep', 200_000), // 2 000 €
        asset('pea', 5_000_000),
        asset('pea-pme', 1_000_000),
        asset('crypto', 800_000),
        asset('securities-account', 900_000),
        asset('pel', 2_000_000),
        asset('life-insurance-euro', 3_000_000),
        { kind: 'liability', category: 'consumer-loan', valueCents: 400_000 },
      ],
      400_000,
    )
    // 3 000 + 10 000 + 5 000 + 2 000 = 20 000 € ÷ 4 000 € of monthly expenses = 5 months. Debts are not subtracted.
    expect(fund).toEqual({ liquidCents: 2_000_000, months: 5 })
  })

  it('counts the investor’s share and rounds once', () => {
    // Joint account 1 000,01 € at 50 % = 50 000,5 c, Livret A 1 c: 50 001,5 c exactly, rounded once → 50 002 c.
    const fund = emergencyFund([asset('current-account', 100_001, 50), asset('livret-a', 1)], 100_000)
    expect(fund.liquidCents).toBe(50_002)
    expect(fund.months).toBeCloseTo(0.50002, 10)
  })

  it('has no months without expenses', () => {
    expect(emergencyFund([asset('livret-a', 1_000_000)], 0)).toEqual({ liquidCents: 1_000_000, months: null })
  })
})
