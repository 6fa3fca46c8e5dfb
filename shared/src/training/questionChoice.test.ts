import { describe, expect, it } from 'vitest'
import { choiceOf, correctOptionsProblem, fitsChoice } from './questionChoice'

const options = (...correct: boolean[]) => correct.map((c) => ({ correct: c }))

describe('a question’s choice', () => {
  it('is the editor’s when given, even against the number of correct options', () => {
    expect(choiceOf('multiple', options(true, false))).toBe('multiple')
    expect(choiceOf('single', options(true, true))).toBe('single')
  })

  it('without one: single for exactly one correct option, multiple otherwise', () => {
    expect(choiceOf(undefined, options(true, false))).toBe('single')
    expect(choiceOf(null, options(true, false, true))).toBe('multiple')
    expect(choiceOf('', options(false, false))).toBe('multiple')
  })
})

describe('correct options against the choice', () => {
  it('a single-choice question needs exactly one correct option', () => {
    expect(correctOptionsProblem('single', options(true, false))).toBeNull()
    expect(correctOptionsProblem('single', options(true, true, false))).toBe('training.question.singleNeedsOne')
  })

  it('any question needs at least one correct option', () => {
    expect(correctOptionsProblem('single', options(false, false))).toBe('training.question.noCorrect')
    expect(correctOptionsProblem('multiple', options(false, false))).toBe('training.question.noCorrect')
    expect(correctOptionsProblem('multiple', options(true, true))).toBeNull()
  })
})

describe('an attempt’s answer against the choice', () => {
  it('takes at most one option on a single-choice question, any number on a multiple one', () => {
    expect(fitsChoice('single', ['a'])).toBe(true)
    expect(fitsChoice('single', [])).toBe(true)
    expect(fitsChoice('single', ['a', 'b'])).toBe(false)
    expect(fitsChoice('multiple', ['a', 'b'])).toBe(true)
  })
})
