import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeInvoiceTotals, computeLine, formatVatRate, fromInclVat, vatOf } from './vat'

describe('vatOf', () => {
  it('rounds the VAT of a line to the cent, halves up', () => {
    // 12,34 € × 20 % = 2,468 € → 2,47 €
    expect(vatOf(1234, 2000)).toBe(247)
    // 0,25 € × 20 % = 0,05 € exactly
    expect(vatOf(25, 2000)).toBe(5)
    // 0,10 € × 5,5 % = 0,0055 € → 0,01 € (0,55 c, above the half)
    expect(vatOf(10, 550)).toBe(1)
    // 1,00 € × 5,5 % = 5,5 c → a half → 6 c (up)
    expect(vatOf(100, 550)).toBe(6)
    // 0,09 € × 5,5 % = 0,495 c → 0 c
    expect(vatOf(9, 550)).toBe(0)
    // 2,10 € × 2,1 % = 4,41 c → 4 c
    expect(vatOf(210, 210)).toBe(4)
    // a credited line rounds symmetrically: −1,00 € × 5,5 % = −5,5 c → −6 c
    expect(vatOf(-100, 550)).toBe(-6)
  })

  it('refuses a rate outside 0…100 % and non-integer cents', () => {
    expect(() => vatOf(100, -1)).toThrow(RangeError)
    expect(() => vatOf(100, 10_001)).toThrow(RangeError)
    expect(() => vatOf(10.5, 2000)).toThrow(RangeError)
  })
})

describe('fromInclVat', () => {
  it('splits a price incl. VAT into HT + TVA that add up exactly', () => {
    // 29,00 € TTC at 20 %: 2 900 / 1,2 = 2 416,67 → HT 2 417 c, TVA 2 900 − 2 417 = 483 c
    expect(fromInclVat(2900, 2000)).toEqual({ htCents: 2417, vatCents: 483 })
    // 290,00 € TTC: 29 000 / 1,2 = 24 166,67 → HT 24 167 c, TVA 4 833 c
    expect(fromInclVat(29000, 2000)).toEqual({ htCents: 24167, vatCents: 4833 })
    // 12,00 € TTC: 1 200 / 1,2 = 1 000 exactly → HT 1 000 c, TVA 200 c
    expect(fromInclVat(1200, 2000)).toEqual({ htCents: 1000, vatCents: 200 })
    // 0,06 € at 20 %: 6 / 1,2 = 5 → HT 5 c, TVA 1 c
    expect(fromInclVat(6, 2000)).toEqual({ htCents: 5, vatCents: 1 })
    // 10,55 € TTC at 5,5 %: 1 055 / 1,055 = 1 000 → HT 1 000 c, TVA 55 c
    expect(fromInclVat(1055, 550)).toEqual({ htCents: 1000, vatCents: 55 })
    // franchise: rate 0 → all HT, no VAT
    expect(fromInclVat(2900, 0)).toEqual({ htCents: 2900, vatCents: 0 })
  })

  it('always gives ht + vat === ttc and ht within half a cent of ttc / (1 + rate)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom(0, 210, 550, 1000, 2000), (ttc, rate) => {
        const { htCents, vatCents } = fromInclVat(ttc, rate)
        expect(htCents + vatCents).toBe(ttc)
        expect(Math.abs(htCents - (ttc * 10_000) / (10_000 + rate))).toBeLessThanOrEqual(0.5)
      }),
    )
  })
})

describe('computeInvoiceTotals', () => {
  it('computes per line, sums per rate and keeps HT + TVA = TTC (hand-checked invoice)', () => {
    const totals = computeInvoiceTotals([
      // 3 × 33,33 € HT = 99,99 € ; TVA 20 % = 19,998 → 20,00 € ; TTC 119,99 €
      { label: 'Séance de conseil', quantity: 3, unitExclVatCents: 3333, vatRateBps: 2000 },
      // 1 × 10,01 € HT ; TVA 20 % = 2,002 → 2,00 € ; TTC 12,01 €
      { label: 'Frais de dossier', quantity: 1, unitExclVatCents: 1001, vatRateBps: 2000 },
      // 2 × 15,50 € HT = 31,00 € ; TVA 5,5 % = 1,705 → 1,71 € ; TTC 32,71 €
      { label: 'Ouvrage', quantity: 2, unitExclVatCents: 1550, vatRateBps: 550 },
    ])
    expect(totals.lines.map((l) => [l.exclVatCents, l.vatCents, l.inclVatCents])).toEqual([
      [9999, 2000, 11999],
      [1001, 200, 1201],
      [3100, 171, 3271],
    ])
    // 20 %: HT 99,99 + 10,01 = 110,00 € ; TVA 20,00 + 2,00 = 22,00 € ; TTC 132,00 €
    // 5,5 %: HT 31,00 € ; TVA 1,71 € ; TTC 32,71 €
    expect(totals.byRate).toEqual([
      { vatRateBps: 2000, exclVatCents: 11000, vatCents: 2200, inclVatCents: 13200 },
      { vatRateBps: 550, exclVatCents: 3100, vatCents: 171, inclVatCents: 3271 },
    ])
    // HT 141,00 € ; TVA 23,71 € ; TTC 164,71 €
    expect([totals.exclVatCents, totals.vatCents, totals.inclVatCents]).toEqual([14100, 2371, 16471])
  })

  it('keeps a subscription charged TTC exactly at its price', () => {
    // Patrimoine 29,00 € TTC / mois → HT 24,17 €, TVA 4,83 €
    const totals = computeInvoiceTotals([{ label: 'Patrimoine — mensuel', quantity: 1, inclVatCents: 2900, vatRateBps: 2000 }])
    expect(totals.lines[0]).toMatchObject({ unitExclVatCents: 2417, exclVatCents: 2417, vatCents: 483, inclVatCents: 2900 })
    expect(totals.inclVatCents).toBe(2900)
  })

  it('shows a TTC line of several units as one unit when the HT unit price is not whole cents', () => {
    // 2 × 14,50 € TTC = 29,00 € → HT 24,17 € is not divisible by 2: one line "(× 2)" of 24,17 €
    const line = computeLine({ label: 'Siège', quantity: 2, inclVatCents: 2900, vatRateBps: 2000 })
    expect(line).toMatchObject({ label: 'Siège (× 2)', quantity: 1, unitExclVatCents: 2417, inclVatCents: 2900 })
    // 2 × 12,00 € TTC = 24,00 € → HT 20,00 € → unit 10,00 € HT × 2
    expect(computeLine({ label: 'Siège', quantity: 2, inclVatCents: 2400, vatRateBps: 2000 })).toMatchObject({ quantity: 2, unitExclVatCents: 1000 })
  })

  it('puts every line at 0 % under the VAT franchise (art. 293 B du CGI)', () => {
    // franchise: 29,00 € charged is 29,00 € HT, no VAT; a typed 20 % line becomes 0 %
    const totals = computeInvoiceTotals(
      [
        { label: 'Abonnement', quantity: 1, inclVatCents: 2900, vatRateBps: 2000 },
        { label: 'Conseil', quantity: 2, unitExclVatCents: 5000, vatRateBps: 2000 },
      ],
      { franchise: true },
    )
    expect(totals.byRate).toEqual([{ vatRateBps: 0, exclVatCents: 12900, vatCents: 0, inclVatCents: 12900 }])
    expect(totals.vatCents).toBe(0)
  })

  it('is consistent for any lines: lines, rates and totals add up', () => {
    const line = fc.record({
      label: fc.constant('x'),
      quantity: fc.integer({ min: 1, max: 50 }),
      vatRateBps: fc.constantFrom(0, 210, 550, 1000, 2000),
      unitExclVatCents: fc.integer({ min: 0, max: 10_000_000 }),
    })
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const t = computeInvoiceTotals(lines)
        for (const l of t.lines) expect(l.exclVatCents + l.vatCents).toBe(l.inclVatCents)
        for (const r of t.byRate) expect(r.exclVatCents + r.vatCents).toBe(r.inclVatCents)
        expect(t.exclVatCents + t.vatCents).toBe(t.inclVatCents)
        expect(t.vatCents).toBe(t.lines.reduce((s, l) => s + l.vatCents, 0))
      }),
    )
  })
})

describe('formatVatRate', () => {
  it('writes rates the French way', () => {
    expect(formatVatRate(2000, 'fr')).toBe('20\u00a0%')
    expect(formatVatRate(550, 'fr')).toBe('5,5\u00a0%')
    expect(formatVatRate(550, 'en')).toBe('5.5%')
  })
})
