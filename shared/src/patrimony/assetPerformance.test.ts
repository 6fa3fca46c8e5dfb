import { describe, expect, it } from 'vitest'
import { patrimonyPerformance } from './assetPerformance'

describe('patrimonyPerformance — the lines and totals the portal shows', () => {
  const now = new Date('2026-12-03T12:00:00Z')
  const docs = [
    { id: 1, kind: 'asset' as const, category: 'life-insurance-unit-linked', valueCents: 8_550_000, contributionsCents: 7_200_000, openedAt: '2014-06-02T00:00:00.000Z' },
    { id: 2, kind: 'asset' as const, category: 'pea', valueCents: 3_120_000, contributionsCents: 2_600_000, openedAt: '2026-03-15T00:00:00.000Z' },
    { id: 3, kind: 'asset' as const, category: 'securities-account', valueCents: 900_000, contributionsCents: 1_200_000, openedAt: '2015-01-01T00:00:00.000Z' },
    { id: 4, kind: 'asset' as const, category: 'current-account', valueCents: 420_000, contributionsCents: null },
    { id: 5, kind: 'liability' as const, category: 'mortgage', valueCents: 21_450_000 },
  ]

  it('dates life insurance and PEA by their opening, with a yearly rate only after a year', () => {
    const { byId } = patrimonyPerformance(docs, now)
    // 85 500 − 72 000 = +13 500,00 €; 13 500 ÷ 72 000 = 18,75 %
    expect(byId['1']).toMatchObject({ gainCents: 1_350_000, gainRate: 0.1875, sinceOpening: { openedAt: '2014-06-02T00:00:00.000Z' } })
    expect(byId['1']?.sinceOpening?.yearlyRate).toBeGreaterThan(0.013)
    expect(byId['1']?.sinceOpening?.yearlyRate).toBeLessThan(0.015)
    // opened in March 2026: under a year, no yearly rate
    expect(byId['2']).toMatchObject({ gainCents: 520_000, sinceOpening: { yearlyRate: null } })
    // a securities account is not dated by its opening; it loses 3 000,00 €
    expect(byId['3']).toEqual({ gainCents: -300_000, gainRate: -0.25, sinceOpening: null })
    expect(byId['4']).toEqual({ gainCents: null, gainRate: null, sinceOpening: null })
    expect(byId['5']).toBeUndefined()
  })

  it('totals the assets with versements and counts the one left out', () => {
    // 85 500 + 31 200 + 9 000 = 125 700,00 €; 72 000 + 26 000 + 12 000 = 110 000,00 € → +15 700,00 €
    expect(patrimonyPerformance(docs, now).overall).toMatchObject({ valueCents: 12_570_000, contributionsCents: 11_000_000, gainCents: 1_570_000, counted: 3, leftOut: 1 })
  })
})
