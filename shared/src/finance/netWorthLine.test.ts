import { describe, expect, it } from 'vitest'
import { netWorthLineLabel, netWorthLineProps } from './netWorthLine'

const points = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'].map((month, i) => ({ month, netWorthCents: (i + 1) * 100_000_00, grossAssetsCents: (i + 1) * 100_000_00, liabilitiesCents: 0 }))

describe('the net worth line shared by the portal and the admin', () => {
  it('draws one series of the monthly figures, in cents', () => {
    const props = netWorthLineProps(points, 'fr', { width: 720, height: 280, compact: false, thinMonths: false })
    expect(props.data).toEqual([{ id: 'net', data: points.map((p) => ({ x: p.month, y: p.netWorthCents })) }])
    expect(props.axisBottom.tickValues).toEqual(points.map((p) => p.month))
    expect(props.axisLeft.format(150_000_00)).toMatch(/150\sk€/)
  })

  it('is smaller on a phone and labels only every third month, ending on the last one', () => {
    const wide = netWorthLineProps(points, 'fr', { width: 720, height: 280, compact: false, thinMonths: false })
    const phone = netWorthLineProps(points, 'fr', { width: 360, height: 240, compact: true, thinMonths: true })
    expect([wide.margin.left, wide.pointSize]).toEqual([76, 8])
    expect([phone.margin.left, phone.pointSize]).toEqual([64, 6])
    expect(phone.axisBottom.tickValues).toEqual(['2026-01', '2026-04', '2026-07'])
  })

  it('tells a screen reader every month and its figure, in the reader’s language', () => {
    expect(netWorthLineLabel(points.slice(0, 2), 'fr')).toMatch(/^.+ : janvier 2026 100\s000,00\s€, février 2026 200\s000,00\s€$/)
    expect(netWorthLineLabel(points.slice(0, 1), 'en')).toMatch(/January 2026 €100,000\.00$/)
  })
})

describe('a month without data', () => {
  const gap = { month: '2025-12', netWorthCents: null, grossAssetsCents: null, liabilitiesCents: null }
  it('is a gap in the line, never a 0 € point', () => {
    const props = netWorthLineProps([gap, ...points.slice(0, 1)], 'fr', { width: 720, height: 280, compact: false, thinMonths: false })
    expect(props.data[0]!.data).toEqual([{ x: '2025-12', y: null }, { x: '2026-01', y: 100_000_00 }])
  })

  it('is read as “pas de données”, not 0 €', () => {
    expect(netWorthLineLabel([gap, ...points.slice(0, 1)], 'fr')).toMatch(/décembre 2025 pas de données, janvier 2026 100\s000,00\s€$/)
  })
})

describe('a new investor’s lone month', () => {
  it('is a filled, larger point (no line carries it)', () => {
    const gap = { month: '2025-12', netWorthCents: null, grossAssetsCents: null, liabilitiesCents: null }
    const props = netWorthLineProps([gap, points[0]!], 'fr', { width: 720, height: 280, compact: false, thinMonths: false })
    expect([props.pointSize, props.pointColor]).toEqual([12, '#0f766e'])
  })
})
