import { describe, expect, it } from 'vitest'
import { eurosToCents, formatEur } from './money'
import { MAX_MONEY_CENTS, moneyInputText, moneyProblem } from './moneyInput'

describe('what an advisor types in a money field of the admin', () => {
  it.each(['250000', '250 000', '250\u202f000,00 €', '250000.00'])('"%s" is 250 000 € = 25 000 000 cents', (typed) => {
    expect(eurosToCents(typed)).toBe(25_000_000)
  })

  it('reads "250 000,5" and "250000.50" as 250 000,50 €', () => {
    expect(eurosToCents('250 000,5')).toBe(25_000_050)
    expect(eurosToCents('250000.50')).toBe(25_000_050)
  })

  it('shows stored cents as French euros with cents, and nothing for no amount', () => {
    expect(moneyInputText(25_000_000, 'fr')).toBe(formatEur(25_000_000, 'fr'))
    expect(moneyInputText(25_000_000, 'fr').replace(/[\u202f\u00a0]/g, ' ')).toBe('250 000,00 €')
    expect(moneyInputText(null, 'fr')).toBe('')
    expect(moneyInputText(12.5, 'fr')).toBe('')
  })
})

describe('moneyProblem', () => {
  it('accepts integer cents within bounds and an empty value', () => {
    expect(moneyProblem(25_000_000, {}, 'fr')).toBeNull()
    expect(moneyProblem(null, {}, 'fr')).toBeNull()
    expect(moneyProblem(MAX_MONEY_CENTS, {}, 'fr')).toBeNull()
  })

  it('refuses text that is not an amount, in French or English', () => {
    expect(moneyProblem('deux cent mille', {}, 'fr')).toMatch(/montant en euros/)
    expect(moneyProblem('12,345', {}, 'en')).toMatch(/amount in euros/)
    expect(moneyProblem(Number.NaN, {}, 'fr')).toMatch(/montant en euros/)
  })

  it('refuses fractions of a cent and amounts out of bounds, naming the bound in euros', () => {
    expect(moneyProblem(12.5, {}, 'fr')).toMatch(/entier de centimes/)
    expect(moneyProblem(-100, {}, 'fr')).toBe(`Le montant doit être d’au moins ${formatEur(0, 'fr')}.`)
    expect(moneyProblem(MAX_MONEY_CENTS + 1, {}, 'en')).toContain(formatEur(MAX_MONEY_CENTS, 'en'))
    expect(moneyProblem(50, { min: 100 }, 'fr')).toContain(formatEur(100, 'fr'))
  })
})
