import { describe, expect, it } from 'vitest'
import { isQuestionCorrect, scorePercent, scoreQuiz, type QuizQuestion } from './quizScoring'

const single: QuizQuestion = { id: 'q1', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }] }
const multiple: QuizQuestion = {
  id: 'q2',
  options: [{ id: 'a', correct: true }, { id: 'b', correct: false }, { id: 'c', correct: true }],
}
const third: QuizQuestion = { id: 'q3', options: [{ id: 'x', correct: true }, { id: 'y', correct: false }] }

describe('quiz scoring — worked examples', () => {
  it('a single-answer question is right only with its one correct option', () => {
    expect(isQuestionCorrect(single, ['b'])).toBe(true)
    expect(isQuestionCorrect(single, ['a'])).toBe(false)
    expect(isQuestionCorrect(single, ['a', 'b'])).toBe(false)
    expect(isQuestionCorrect(single, [])).toBe(false)
  })

  it('a multiple-answer question needs exactly the correct set: no partial credit', () => {
    expect(isQuestionCorrect(multiple, ['c', 'a'])).toBe(true)
    expect(isQuestionCorrect(multiple, ['a'])).toBe(false)
    expect(isQuestionCorrect(multiple, ['a', 'b', 'c'])).toBe(false)
  })

  it('2 of 3 right scores 67 % (rounded half up) and fails a 70 % mark', () => {
    const result = scoreQuiz([single, multiple, third], { q1: ['b'], q2: ['a'], q3: ['x'] }, 70)
    expect(result).toMatchObject({ score: 67, correctCount: 2, questionCount: 3, passed: false, passMark: 70 })
    expect(result.questions.map((q) => q.correct)).toEqual([true, false, true])
    expect(result.questions[1]!.correctOptionIds).toEqual(['a', 'c'])
  })

  it('3 of 3 scores 100 and passes; a score equal to the mark passes', () => {
    expect(scoreQuiz([single, multiple, third], { q1: ['b'], q2: ['a', 'c'], q3: ['x'] }, 70).passed).toBe(true)
    expect(scoreQuiz([single, third], { q1: ['b'] }, 50)).toMatchObject({ score: 50, passed: true })
  })

  it('rounds 1 of 8 = 12.5 % up to 13 and an empty quiz to 0', () => {
    expect(scorePercent(1, 8)).toBe(13)
    expect(scorePercent(1, 3)).toBe(33)
    expect(scorePercent(0, 0)).toBe(0)
  })
})
