import { describe, expect, it } from 'vitest'
import { ifiEstimate, type IfiAssetDoc } from './ifi'
import { IFI_SCALES, type IfiScale } from './ifiScale'

const on = new Date('2026-01-01T12:00:00Z')
let nextId = 1
const doc = (category: string, euros: number, extra: Partial<IfiAssetDoc> = {}): IfiAssetDoc => ({
  id: nextId++,
  kind: ['mortgage', 'consumer-loan', 'other-debt'].includes(category) ? 'liability' : 'asset',
  category,
  valueCents: Math.round(euros * 100),
  ...extra,
})
/** One rental property worth `euros`, nothing else: net taxable = its value. */
const rentalOnly = (euros: number) => ifiEstimate([doc('rental-property', euros)], on)

describe('IFI brackets, threshold and décote (art. 964, 977 CGI)', () => {
  it('is not due at exactly 1 300 000 € of net taxable real estate', () => {
    expect(rentalOnly(1_300_000)).toMatchObject({ netTaxableCents: 130_000_000, liable: false, grossTaxCents: 0, decoteCents: 0, netTaxCents: 0 })
  })

  it('applies the décote between 1 300 000 € and 1 400 000 €', () => {
    // P = 1 350 000 €: 0 % to 800 000 ; 0,5 % × 500 000 = 2 500 € ; 0,7 % × 50 000 = 350 € → gross 2 850 €.
    // Décote 17 500 − 1,25 % × 1 350 000 = 17 500 − 16 875 = 625 € → net 2 225 €.
    expect(rentalOnly(1_350_000)).toMatchObject({ liable: true, grossTaxCents: 285_000, decoteCents: 62_500, netTaxCents: 222_500 })
  })

  it('has no décote from 1 400 000 €', () => {
    // P = 1 400 000 €: 2 500 + 0,7 % × 100 000 = 700 → 3 200 € ; 17 500 − 17 500 = 0.
    expect(rentalOnly(1_400_000)).toMatchObject({ grossTaxCents: 320_000, decoteCents: 0, netTaxCents: 320_000 })
  })

  it('adds up every bracket', () => {
    // P = 3 000 000 €: 2 500 + 0,7 % × 1 270 000 = 8 890 + 1 % × 430 000 = 4 300 → 15 690 €.
    expect(rentalOnly(3_000_000).netTaxCents).toBe(1_569_000)
    // P = 12 000 000 €: 2 500 + 8 890 + 1 % × 2 430 000 = 24 300 + 1,25 % × 5 000 000 = 62 500
    //   + 1,5 % × 2 000 000 = 30 000 → 128 190 €.
    expect(rentalOnly(12_000_000).netTaxCents).toBe(12_819_000)
  })
})

describe('net taxable real estate from the patrimony', () => {
  it('counts real estate only, 30 % off the main residence, and deducts the debts linked to it', () => {
    const home = doc('main-home', 1_000_000)
    const rental = doc('rental-property', 800_000)
    const estimate = ifiEstimate(
      [
        home,
        rental,
        doc('scpi', 100_000),
        doc('pea', 500_000), // not real estate
        doc('mortgage', 150_000, { financedAsset: rental.id }),
        doc('consumer-loan', 20_000), // linked to nothing: not deducted
      ],
      on,
    )
    // Real estate 1 000 000 + 800 000 + 100 000 = 1 900 000 € ; allowance 30 % × 1 000 000 = 300 000 € ;
    // debts 150 000 € → net taxable 1 900 000 − 300 000 − 150 000 = 1 450 000 €.
    // Tax: 2 500 + 0,7 % × 150 000 = 1 050 → 3 550 €, no décote (≥ 1 400 000 €).
    expect(estimate).toEqual({
      scaleValidFrom: '2018-01-01',
      realEstateCents: 190_000_000,
      mainResidenceAllowanceCents: 30_000_000,
      deductibleDebtsCents: 15_000_000,
      debtsNotLinkedCents: 2_000_000,
      netTaxableCents: 145_000_000,
      liable: true,
      grossTaxCents: 355_000,
      decoteCents: 0,
      netTaxCents: 355_000,
    })
  })

  it('counts shares, usufruct at full value and bare ownership at nothing (art. 968 CGI)', () => {
    const home = doc('main-home', 2_000_000, { ownershipSharePct: 50 })
    const bare = doc('rental-property', 900_000, { ownership: 'bare' })
    const estimate = ifiEstimate(
      [
        home, // 50 % of 2 000 000 = 1 000 000 €, allowance 300 000 €
        doc('rental-property', 850_000, { ownership: 'usufruct' }), // the usufructuary counts 850 000 € in full
        bare, // the bare owner counts 0
        doc('mortgage', 400_000, { ownershipSharePct: 50, financedAsset: home.id }), // 200 000 € deductible
        doc('mortgage', 100_000, { financedAsset: bare.id }), // on property not taxed: not deducted
      ],
      on,
    )
    // 1 000 000 + 850 000 = 1 850 000 € ; − 300 000 − 200 000 = 1 350 000 € → gross 2 850, décote 625, net 2 225 €.
    expect(estimate).toMatchObject({
      realEstateCents: 185_000_000,
      mainResidenceAllowanceCents: 30_000_000,
      deductibleDebtsCents: 20_000_000,
      debtsNotLinkedCents: 10_000_000,
      netTaxableCents: 135_000_000,
      grossTaxCents: 285_000,
      decoteCents: 62_500,
      netTaxCents: 222_500,
    })
  })

  it('caps the debts above 60 % of a taxable value over 5 M€ (art. 974 II CGI)', () => {
    const rental = doc('rental-property', 10_000_000)
    const estimate = ifiEstimate([rental, doc('mortgage', 8_000_000, { financedAsset: rental.id })], on)
    // 60 % × 10 000 000 = 6 000 000 € in full, the 2 000 000 € above for half: 6 000 000 + 1 000 000 = 7 000 000 €.
    // Net 3 000 000 € → 15 690 € (see the brackets above).
    expect(estimate).toMatchObject({ deductibleDebtsCents: 700_000_000, netTaxableCents: 300_000_000, netTaxCents: 1_569_000 })
    // At 5 000 000 € of taxable value the cap does not apply: 4 000 000 € of debt deducted in full → 1 000 000 €, not liable.
    const small = doc('rental-property', 5_000_000)
    expect(ifiEstimate([small, doc('mortgage', 4_000_000, { financedAsset: small.id })], on)).toMatchObject({
      deductibleDebtsCents: 400_000_000, netTaxableCents: 100_000_000, liable: false, netTaxCents: 0,
    })
  })

  it('rounds each figure once, to the cent', () => {
    // 2 700 000,01 € at 50 % = 1 350 000,005 € → 135 000 001 c (half away from zero).
    // Gross: 2 500 € + 0,7 % × 50 000,01 € = 350,00007 € → 285 000,007 c → 285 000 c.
    // Décote: 17 500 − 1,25 % × 1 350 000,01 = 624,999875 € → 62 499,9875 c → 62 500 c. Net 222 500 c.
    expect(ifiEstimate([doc('rental-property', 0, { valueCents: 270_000_001, ownershipSharePct: 50 })], on)).toMatchObject({
      netTaxableCents: 135_000_001, grossTaxCents: 285_000, decoteCents: 62_500, netTaxCents: 222_500,
    })
  })

  it('never goes below zero and skips what cannot be counted', () => {
    const home = doc('main-home', 500_000)
    expect(
      ifiEstimate([home, doc('mortgage', 900_000, { financedAsset: home.id }), doc('licorne', 9_000_000), doc('scpi', -5)], on),
    ).toMatchObject({ realEstateCents: 50_000_000, netTaxableCents: 0, liable: false, netTaxCents: 0 })
  })

  it('uses the scale it is given: a data change, not a code change', () => {
    const scale: IfiScale = { ...IFI_SCALES[0]!, validFrom: '2030-01-01', entryThresholdCents: 200_000_000 }
    // 1 450 000 € is below a hypothetical 2 000 000 € threshold.
    expect(ifiEstimate([doc('rental-property', 1_450_000)], on, scale)).toMatchObject({ scaleValidFrom: '2030-01-01', liable: false, netTaxCents: 0 })
  })
})
