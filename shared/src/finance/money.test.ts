import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { centsToEuros, eurosToCents, formatEur, formatPrice, roundHalfAwayFromZero } from './money'

const NNBSP = '\u202f' // narrow no-break space, fr-FR thousands separator
const NBSP = '\u00a0' // no-break space, fr-FR before €

describe('roundHalfAwayFromZero', () => {
  it('sends halves away from zero on both sides', () => {
    // 2,5 → 3 ; −2,5 → −3 (Math.round would give −2) ; 2,4999 → 2 ; −0,4 → 0 (not −0)
    expect(roundHalfAwayFromZero(2.5)).toBe(3)
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3)
    expect(roundHalfAwayFromZero(2.4999)).toBe(2)
    expect(Object.is(roundHalfAwayFromZero(-0.4), 0)).toBe(true)
  })

  it('is symmetric: round(−x) = −round(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        expect(roundHalfAwayFromZero(-x)).toBe(-roundHalfAwayFromZero(x) || 0)
      }),
    )
  })
})

describe('eurosToCents', () => {
  it('reads French and English ways of writing 1 234,56 €', () => {
    // 1 234 € + 0,56 € = 123 400 c + 56 c = 123 456 c
    for (const input of [
      '1 234,56',
      '1234,56',
      '1234.56',
      `1${NNBSP}234,56${NBSP}€`,
      `1${NBSP}234,56 €`,
      '€1,234.56',
      '1.234,56',
      ' 1 234,56 € ',
      1234.56,
    ]) {
      expect(eurosToCents(input), String(input)).toBe(123456)
    }
  })

  it('reads one decimal, no decimals, grouped integers and negatives', () => {
    // 12,5 € = 1 250 c ; 12 € = 1 200 c ; 1 234 567 € = 123 456 700 c ; −40,10 € = −4 010 c
    expect(eurosToCents('12,5')).toBe(1250)
    expect(eurosToCents('12')).toBe(1200)
    expect(eurosToCents('1.234.567')).toBe(123456700)
    expect(eurosToCents('1 234 567')).toBe(123456700)
    expect(eurosToCents('-40,10 €')).toBe(-4010)
    expect(eurosToCents('\u221240,10')).toBe(-4010)
    expect(eurosToCents('-€40.10')).toBe(-4010)
    expect(eurosToCents('0')).toBe(0)
    expect(Object.is(eurosToCents('-0'), 0)).toBe(true)
  })

  it('refuses what is not an amount of whole cents', () => {
    for (const input of [
      '1,234', // a single comma is a decimal mark: three decimals
      '12,345',
      '1.005',
      '',
      '€',
      'abc',
      '12,',
      ',5',
      '1 23,00', // thousands groups must have three digits
      '1 234.567,89', // two kinds of group separator
      '12 € 50',
      '1e3',
      '99999999999999999999',
      1.005,
      0.001,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]) {
      expect(eurosToCents(input), String(input)).toBeNull()
    }
  })

  it('accepts numbers with at most two decimals exactly', () => {
    // 0,1 € = 10 c although 0.1 × 100 = 10.000000000000002 in floating point
    expect(eurosToCents(0.1)).toBe(10)
    expect(eurosToCents(19.99)).toBe(1999)
    expect(eurosToCents(-0.07)).toBe(-7)
  })

  it('round-trips everything formatEur prints, in both locales', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.constantFrom('fr' as const, 'en' as const),
        (cents, locale) => {
          expect(eurosToCents(formatEur(cents, locale))).toBe(cents)
        },
      ),
    )
  })
})

describe('centsToEuros and formatEur', () => {
  it('prints French with narrow no-break spaces and English with commas', () => {
    // 123 456 c = 1 234,56 €
    expect(centsToEuros(123456)).toBe(1234.56)
    expect(formatEur(123456, 'fr')).toBe(`1${NNBSP}234,56${NBSP}€`)
    expect(formatEur(123456, 'en')).toBe('€1,234.56')
    // 5 c = 0,05 € ; −1 500 000 c = −15 000,00 €
    expect(formatEur(5, 'fr')).toBe(`0,05${NBSP}€`)
    expect(formatEur(-1500000, 'fr')).toBe(`-15${NNBSP}000,00${NBSP}€`)
  })
})

describe('formatPrice', () => {
  it('drops the decimals of whole euros and keeps cents otherwise, never rounding', () => {
    expect(formatPrice(2900, 'fr')).toBe(`29${NBSP}€`)
    expect(formatPrice(29000, 'fr')).toBe(`290${NBSP}€`)
    expect(formatPrice(123400, 'fr')).toBe(`1${NNBSP}234${NBSP}€`)
    expect(formatPrice(990, 'fr')).toBe(`9,90${NBSP}€`)
    expect(formatPrice(0, 'fr')).toBe(`0${NBSP}€`)
    expect(formatPrice(2900, 'en')).toBe('€29')
    expect(formatPrice(999, 'en')).toBe('€9.99')
  })
})
