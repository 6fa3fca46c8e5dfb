import { describe, expect, it } from 'vitest'
import { investorSummary } from './investorSummary'
import { EXAMPLE_ASSETS, EXAMPLE_NOW, EXAMPLE_PROFILE } from './exampleInvestor'
import { intentsOf, offlineAnswer } from './offlineAnswer'

const summary = investorSummary(EXAMPLE_PROFILE, EXAMPLE_ASSETS, EXAMPLE_NOW)
const empty = investorSummary(null, [], EXAMPLE_NOW)

describe('intentsOf', () => {
  it.each([
    ['Quel est mon patrimoine net ?', ['netWorth'], []],
    ['What is my net worth?', ['netWorth'], []],
    ['Comment sont répartis mes placements ?', ['allocation'], []],
    ['Quelle est ma capacité d’épargne ?', ['budget'], []],
    ['Où en sont mes objectifs ?', ['goals'], []],
    ['C’est quoi un PEA ?', ['wrapper'], ['pea']],
    ['PEA-PME ou PEA ?', ['wrapper'], ['pea-pme', 'pea']],
    ['Explain life insurance', ['wrapper'], ['life-insurance']],
    ['À quoi sert un PER ?', ['wrapper'], ['per']],
    ['Dois-je acheter des actions ?', ['advice'], []],
    ['Bonjour', ['greeting'], []],
    ['Bonjour, quel est mon patrimoine ?', ['netWorth'], []],
  ])('%s', (question, intents, wrappers) => {
    const found = intentsOf(question)
    expect(found.intents).toEqual(intents)
    expect(found.wrappers).toEqual(wrappers)
  })

  it('"per month" is not the PER but the budget', () => {
    expect(intentsOf('How much can I save per month?')).toEqual({ intents: ['budget'], wrappers: [] })
  })
})

describe('offlineAnswer', () => {
  it('answers a net-worth question with the exact figure, in French', () => {
    expect(offlineAnswer('Quel est mon patrimoine net ?', summary, 'fr')).toBe(
      'Votre patrimoine net est de **125\u202f000,00\u00a0€** : 185\u202f000,00\u00a0€ d’actifs moins 60\u202f000,00\u00a0€ de dettes, en comptant chaque bien pour la part qui vous revient.',
    )
  })

  it('answers in English for an English reader', () => {
    expect(offlineAnswer('what is my net worth', summary, 'en')).toContain('Your net worth is **€125,000.00**')
  })

  it('lists the allocation with the shares of allocationByCategory', () => {
    expect(offlineAnswer('Ma répartition ?', summary, 'fr')).toBe(
      [
        'Vos actifs se répartissent ainsi :',
        '- Résidence principale : 81,1\u00a0% (150\u202f000,00\u00a0€)',
        '- PEA : 13,5\u00a0% (25\u202f000,00\u00a0€)',
        '- Livret A : 5,4\u00a0% (10\u202f000,00\u00a0€)',
      ].join('\n'),
    )
  })

  it('gives the budget and the goals against the savings capacity', () => {
    const answer = offlineAnswer('Mon budget et mes objectifs ?', summary, 'fr')
    expect(answer).toContain('capacité d’épargne de **1\u202f500,00\u00a0€**')
    expect(answer).toContain('Apport : 24\u202f000,00\u00a0€ dans 24 mois, soit **1\u202f000,00\u00a0€ par mois**')
    expect(answer).toContain('laisse **500,00\u00a0€** de marge')
  })

  it('explains a wrapper with the legal ceiling of ceilings.ts', () => {
    expect(offlineAnswer('C’est quoi un Livret A ?', summary, 'fr')).toContain('22\u202f950\u00a0€ par personne')
    expect(offlineAnswer('What is a PEA?', summary, 'en')).toContain('capped at €150,000')
  })

  it('declines personal advice and points to the advisor', () => {
    expect(offlineAnswer('Dois-je vendre mon PEA ?', summary, 'fr')).toContain('parlez-en à votre conseiller')
  })

  it('says what is missing rather than inventing figures', () => {
    expect(offlineAnswer('Quel est mon patrimoine ?', empty, 'fr')).toContain('aucun actif ni aucune dette')
    expect(offlineAnswer('Mon profil de risque ?', empty, 'fr')).toContain('pas encore calculé')
  })

  it('falls back to what it can answer, and is deterministic', () => {
    const answer = offlineAnswer('Quelle météo demain ?', summary, 'fr')
    expect(answer).toContain('Je n’ai pas compris la question')
    expect(offlineAnswer('Quelle météo demain ?', summary, 'fr')).toBe(answer)
  })
})
