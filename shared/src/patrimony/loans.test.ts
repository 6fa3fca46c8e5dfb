import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { netWorth } from '../finance/netWorth'
import { debtRatioFromSource } from './debtRatioSource'
import type { AssetDoc } from './groups'
import { holdingsOf } from './groups'
import { financedAssetId, loanLinks, loanRepayments, remainingMonths } from './loans'

const LIABILITIES = ['mortgage', 'consumer-loan', 'other-debt']
const doc = (id: number, category: string, valueCents: number, extra: Partial<AssetDoc> = {}): AssetDoc => ({
  id,
  kind: LIABILITIES.includes(category) ? 'liability' : 'asset',
  category,
  label: `#${id}`,
  valueCents,
  ...extra,
})
const NOW = new Date('2026-12-03T15:00:00Z')

describe('a property’s net value', () => {
  it('is the property minus the capital still due on its loans', () => {
    const links = loanLinks(
      [doc(1, 'main-home', 39_000_000), doc(2, 'mortgage', 21_450_000, { financedAsset: 1, monthlyPaymentCents: 148_000, endsAt: '2041-12-05T12:00:00.000Z' })],
      NOW,
    )
    // 390 000,00 € − 214 500,00 € = 175 500,00 €
    expect(links.assets['1']).toEqual({
      id: '1',
      grossCents: 39_000_000,
      debtCents: 21_450_000,
      netCents: 17_550_000,
      debts: [{ id: '2', label: '#2', countedCents: 21_450_000, monthlyPaymentCents: 148_000 }],
    })
    // December 2026 → December 2041: 15 years of payments left.
    expect(links.loans['2']).toEqual({ financedAssetId: '1', financedLabel: '#1', monthlyPaymentCents: 148_000, remainingMonths: 180 })
  })

  it('counts the shares as net worth does: half a flat, half its loan', () => {
    const links = loanLinks(
      [doc(1, 'rental-property', 20_000_001, { ownershipSharePct: 50 }), doc(2, 'mortgage', 10_000_001, { ownershipSharePct: 50, financedAsset: { id: 1 } })],
      NOW,
    )
    // 100 000,005 € → 100 000,01 € ; 50 000,005 € → 50 000,01 € ; net 50 000,00 €
    expect(links.assets['1']).toMatchObject({ grossCents: 10_000_001, debtCents: 5_000_001, netCents: 5_000_000 })
  })

  it('adds up several loans on one property, and may be negative', () => {
    const links = loanLinks(
      [doc(1, 'main-home', 10_000_000), doc(2, 'mortgage', 8_000_000, { financedAsset: 1 }), doc(3, 'consumer-loan', 3_000_000, { financedAsset: '1' })],
      NOW,
    )
    // 100 000 € − (80 000 € + 30 000 €) = −10 000 €
    expect(links.assets['1']?.netCents).toBe(-1_000_000)
    expect(links.assets['1']?.debts.map((debt) => debt.id)).toEqual(['2', '3'])
  })

  it('ignores a link to a deleted asset or to another debt', () => {
    const links = loanLinks([doc(2, 'mortgage', 100, { financedAsset: 9 }), doc(3, 'other-debt', 100, { financedAsset: 2 })], NOW)
    expect(links).toEqual({ assets: {}, loans: {} })
  })

  it('never changes net worth: the sum of linked and unlinked lines is the same total', () => {
    const share = fc.integer({ min: 0, max: 100 })
    const cents = fc.integer({ min: 0, max: 1_000_000_000 })
    fc.assert(
      fc.property(fc.array(fc.tuple(cents, share, cents, share), { minLength: 1, maxLength: 5 }), (pairs) => {
        const docs = pairs.flatMap(([value, valueShare, capital, capitalShare], i) => [
          doc(2 * i + 1, 'rental-property', value, { ownershipSharePct: valueShare }),
          doc(2 * i + 2, 'mortgage', capital, { ownershipSharePct: capitalShare, financedAsset: 2 * i + 1 }),
        ])
        const links = loanLinks(docs, NOW)
        const total = netWorth(holdingsOf(docs))
        const nets = Object.values(links.assets).reduce((sum, asset) => sum + asset.netCents, 0)
        // Each net is rounded once, the total once: they differ by at most a cent per property.
        expect(Math.abs(nets - total.netWorthCents)).toBeLessThanOrEqual(pairs.length)
      }),
    )
  })
})

describe('monthly repayments', () => {
  it('adds the investor’s share of every mensualité, rounded once', () => {
    // 1 000,01 € × 50 % + 1 000,01 € × 50 % = 1 000,01 € (not 500,01 € twice)
    const repayments = loanRepayments([
      doc(1, 'mortgage', 100, { monthlyPaymentCents: 100_001, ownershipSharePct: 50 }),
      doc(2, 'consumer-loan', 100, { monthlyPaymentCents: 100_001, ownershipSharePct: 50 }),
      doc(3, 'other-debt', 100),
      doc(4, 'main-home', 100, { monthlyPaymentCents: 50_000 }),
    ])
    expect(repayments).toEqual({ monthlyCents: 100_001, loansWithPayment: 2 })
  })

  it('debt ratio: from the loans when one records a mensualité, else the questionnaire', () => {
    const loans = [doc(1, 'mortgage', 100, { monthlyPaymentCents: 148_000 })]
    // 1 480 € ÷ 4 000 € = 37 % > 35 %
    expect(debtRatioFromSource(loans, 50_000, 400_000)).toEqual({ ratio: 0.37, exceedsHcsf: true, source: 'loans', repaymentsCents: 148_000 })
    // no mensualité recorded: the questionnaire's 500 € ÷ 4 000 € = 12,5 %
    expect(debtRatioFromSource([doc(1, 'mortgage', 100)], 50_000, 400_000)).toEqual({
      ratio: 0.125, exceedsHcsf: false, source: 'questionnaire', repaymentsCents: 50_000,
    })
    expect(debtRatioFromSource([], 'x', 400_000)).toMatchObject({ ratio: 0, source: 'questionnaire', repaymentsCents: 0 })
  })
})

describe('loan details', () => {
  it('reads a relationship id populated or not', () => {
    expect([financedAssetId(3), financedAssetId('3'), financedAssetId({ id: 3 }), financedAssetId(null), financedAssetId(undefined)]).toEqual(['3', '3', '3', null, null])
  })

  it('counts months left in the Paris calendar, never below zero', () => {
    // 31 December 23:30 UTC is already January in Paris
    expect(remainingMonths('2027-01-31T23:30:00.000Z', new Date('2026-12-31T23:30:00Z'))).toBe(1)
    expect(remainingMonths('2020-01-01T12:00:00.000Z', NOW)).toBe(0)
    expect(remainingMonths(null, NOW)).toBeNull()
    expect(remainingMonths('not a date', NOW)).toBeNull()
  })
})
