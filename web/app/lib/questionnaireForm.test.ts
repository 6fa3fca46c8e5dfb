import { describe, expect, it } from 'vitest'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { answersOf, editRows, readStepForm, valuesFromProfile } from './questionnaireForm'
import { stepBySlug } from '@atlas/shared/profile/questionnaire/formSpec'

const formOf = (entries: [string, string][]) => {
  const form = new FormData()
  for (const [name, value] of entries) form.append(name, value)
  return form
}

describe('questionnaire form values', () => {
  it('reads typed euros as cents, keeps what cannot be read, and drops blank lines', () => {
    const income = stepBySlug('revenus')!
    const values = readStepForm(
      income,
      formOf([
        ['income.0.source', 'salary'],
        ['income.0.label', 'Salaire'],
        ['income.0.amountCents', '3 500,50'],
        ['income.0.frequency', 'monthly'],
        ['income.1.label', ''],
        ['income.2.amountCents', '12,345'],
      ]),
    )
    expect(values.rows.income).toHaveLength(2)
    expect(answersOf(income, values)).toEqual([
      { source: 'salary', label: 'Salaire', amountCents: 350_050, frequency: 'monthly' },
      { source: null, label: null, amountCents: '12,345', frequency: null },
    ])
  })

  it('reads yes/no, numbers and choice lists; empty inputs clear the answer', () => {
    const sustainability = stepBySlug('durabilite')!
    const values = readStepForm(
      sustainability,
      formOf([
        ['sustainability.minTaxonomyPct', '10'],
        ['sustainability.minSfdrPct', ''],
        ['sustainability.paiConsidered', 'yes'],
        ['sustainability.paiTopics', 'water'],
        ['sustainability.paiTopics', 'waste'],
      ]),
    )
    expect(answersOf(sustainability, values)).toEqual({
      minTaxonomyPct: 10,
      minSfdrPct: null,
      paiConsidered: true,
      paiTopics: ['water', 'waste'],
    })
  })

  it('turns stored answers back into the same form values', () => {
    const expenses = stepBySlug('charges')!
    const values = valuesFromProfile(expenses, exampleAnswers())
    expect(values.fields['expenses.livingCostsCents']).toBe('1200,00')
    expect(values.rows['expenses.commitments']).toEqual([{ kind: 'insurance', label: 'Prévoyance', amountCents: '50,00', frequency: 'monthly' }])
    expect(answersOf(expenses, values)).toEqual(exampleAnswers().expenses)
    const knowledge = valuesFromProfile(stepBySlug('connaissances')!, {})
    expect(knowledge.rows.knowledge).toHaveLength(10)
    expect(valuesFromProfile(stepBySlug('revenus')!, {}).rows.income).toHaveLength(1)
  })

  it('adds and removes lines', () => {
    const goals = stepBySlug('objectifs')!
    const values = valuesFromProfile(goals, exampleAnswers())
    const added = editRows(goals, values, { add: true })
    expect(added.rows['objectives.goals']).toHaveLength(2)
    expect(editRows(goals, added, { remove: 0 }).rows['objectives.goals']![0]!.name).toBe('')
  })
})
