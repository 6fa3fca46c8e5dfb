import { describe, expect, it } from 'vitest'
import { formatSignedEur, formatSignedRate } from './signedFigures'

describe('signed figures', () => {
  it('writes amounts with + or the typographic minus, in fr-FR and en-GB', () => {
    expect(formatSignedEur(520_000, 'fr')).toBe('+5\u202f200,00\u00a0€')
    expect(formatSignedEur(-300_000, 'fr')).toBe('\u22123\u202f000,00\u00a0€')
    expect(formatSignedEur(0, 'fr')).toBe('0,00\u00a0€')
    expect(formatSignedEur(-1, 'en')).toBe('\u2212€0.01')
  })

  it('writes rates to one decimal with their sign, none when they round to zero', () => {
    expect(formatSignedRate(0.1875, 'fr')).toBe('+18,8\u00a0%')
    expect(formatSignedRate(-0.25, 'fr')).toBe('\u221225,0\u00a0%')
    expect(formatSignedRate(0.0004, 'fr')).toBe('0,0\u00a0%')
    expect(formatSignedRate(0.2, 'en')).toBe('+20.0%')
  })
})
