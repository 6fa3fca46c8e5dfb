import { describe, expect, it } from 'vitest'
import { changeSinceLastMonth, fromFirstRecordedMonth, parseHistoryMonths, type NetWorthPoint } from './netWorthHistory'

const point = (month: string, gross: number, liabilities: number): NetWorthPoint => ({
  month,
  grossAssetsCents: gross,
  liabilitiesCents: liabilities,
  netWorthCents: gross - liabilities,
})

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

  it('is unknown with no month before, or nothing recorded then', () => {
    expect(changeSinceLastMonth([point('2026-11', 1_000, 0)])).toBeNull()
    expect(changeSinceLastMonth([point('2026-10', 0, 0), point('2026-11', 1_000, 0)])).toBeNull()
  })
})

describe('fromFirstRecordedMonth', () => {
  it('drops the empty months before the first record', () => {
    const series = [point('2026-08', 0, 0), point('2026-09', 0, 0), point('2026-10', 500_00, 0), point('2026-11', 600_00, 100_00)]
    expect(fromFirstRecordedMonth(series).map((p) => p.month)).toEqual(['2026-10', '2026-11'])
  })

  it('keeps the last two months when only the current one has data, and a series with data from the start', () => {
    const late = [point('2026-09', 0, 0), point('2026-10', 0, 0), point('2026-11', 1_00, 0)]
    expect(fromFirstRecordedMonth(late).map((p) => p.month)).toEqual(['2026-10', '2026-11'])
    const full = [point('2026-10', 1_00, 0), point('2026-11', 2_00, 0)]
    expect(fromFirstRecordedMonth(full)).toHaveLength(2)
  })

  it('a debt alone counts as recorded', () => {
    const series = [point('2026-09', 0, 0), point('2026-10', 0, 50_00), point('2026-11', 0, 40_00)]
    expect(fromFirstRecordedMonth(series).map((p) => p.month)).toEqual(['2026-10', '2026-11'])
  })
})
