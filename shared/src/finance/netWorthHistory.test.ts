import { describe, expect, it } from 'vitest'
import { changeSinceLastMonth, fromFirstRecordedMonth, parseHistoryMonths, type NetWorthPoint } from './netWorthHistory'

const point = (month: string, gross: number, liabilities: number): NetWorthPoint => ({
  month,
  grossAssetsCents: gross,
  liabilitiesCents: liabilities,
  netWorthCents: gross - liabilities,
})
/** A month before the first recorded value. */
const noData = (month: string): NetWorthPoint => ({ month, grossAssetsCents: null, liabilitiesCents: null, netWorthCents: null })

describe('parseHistoryMonths', () => {
  it('defaults to 12 and takes 1–120', () => {
    expect(parseHistoryMonths(null)).toBe(12)
    expect(parseHistoryMonths('')).toBe(12)
    expect(parseHistoryMonths('1')).toBe(1)
    expect(parseHistoryMonths('120')).toBe(120)
  })

  it('refuses anything else', () => {
    for (const raw of ['0', '121', '-3', '12.5', '1e2', '12abc', ' 12', 'douze']) {
      expect(parseHistoryMonths(raw), raw).toBeNull()
    }
  })
})

describe('changeSinceLastMonth', () => {
  it('is the last month minus the one before', () => {
    // October: 533 850 € − 233 850 € = 300 000 € ; November: 533 850 − 214 500 = 319 350 € → +19 350 €
    const points = [point('2026-10', 53_385_000, 23_385_000), point('2026-11', 53_385_000, 21_450_000)]
    expect(changeSinceLastMonth(points)).toBe(1_935_000)
  })

  it('is a loss when the net worth went down', () => {
    expect(changeSinceLastMonth([point('2026-10', 1_000_000, 0), point('2026-11', 900_000, 50_000)])).toBe(-150_000)
  })

  it('is unknown with no month before, or no data then', () => {
    expect(changeSinceLastMonth([point('2026-11', 1_000, 0)])).toBeNull()
    expect(changeSinceLastMonth([noData('2026-10'), point('2026-11', 1_000, 0)])).toBeNull()
    expect(changeSinceLastMonth([noData('2026-10'), noData('2026-11')])).toBeNull()
  })

  it('counts a recorded 0 as data: from 0 € to 1 000,00 € is +1 000,00 €', () => {
    expect(changeSinceLastMonth([point('2026-10', 0, 0), point('2026-11', 100_000, 0)])).toBe(100_000)
  })
})

describe('fromFirstRecordedMonth', () => {
  it('drops the months before the first recorded value', () => {
    const series = [noData('2026-08'), noData('2026-09'), point('2026-10', 500_00, 0), point('2026-11', 600_00, 100_00)]
    expect(fromFirstRecordedMonth(series).map((p) => p.month)).toEqual(['2026-10', '2026-11'])
  })

  it('a new investor with only this month recorded has one point, never a 0 € month before it', () => {
    const fresh = [noData('2026-09'), noData('2026-10'), point('2026-11', 1_00, 0)]
    expect(fromFirstRecordedMonth(fresh)).toEqual([point('2026-11', 1_00, 0)])
  })

  it('keeps a series with data from the start, and recorded 0 € months', () => {
    const full = [point('2026-10', 0, 0), point('2026-11', 2_00, 0)]
    expect(fromFirstRecordedMonth(full)).toEqual(full)
  })

  it('is empty when nothing was ever recorded', () => {
    expect(fromFirstRecordedMonth([noData('2026-10'), noData('2026-11')])).toEqual([])
  })
})
