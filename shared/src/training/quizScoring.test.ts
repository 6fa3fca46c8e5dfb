import { describe, expect, it } from 'vitest'
import { feedbackFor, isQuestionCorrect, mustWait, nextAttemptAt, scorePercent, scoreQuiz, type QuizQuestion } from './quizScoring'
import { attemptOrder, shuffled } from './quizShuffle'

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
    expect(result.questions[1]).toEqual({ questionId: 'q2', correct: false })
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

const withExplanations: QuizQuestion[] = [
  { ...single, explanation: 'Because b.' },
  { ...multiple, explanation: 'Because a and c.' },
]

describe('what an attempt reveals', () => {
  it('a failed attempt says which questions were wrong, never the expected options nor the explanations', () => {
    const result = scoreQuiz(withExplanations, { q1: ['b'], q2: ['a'] }, 70)
    const feedback = feedbackFor(withExplanations, result)
    expect(feedback).toEqual([{ questionId: 'q1', correct: true }, { questionId: 'q2', correct: false }])
    expect(JSON.stringify({ result, feedback })).not.toMatch(/"c"|Because|correctOptionIds/)
  })

  it('a passed attempt adds the explanations, still without option ids', () => {
    const result = scoreQuiz(withExplanations, { q1: ['b'], q2: ['a', 'c'] }, 70)
    expect(feedbackFor(withExplanations, result)).toEqual([
      { questionId: 'q1', correct: true, explanation: 'Because b.' },
      { questionId: 'q2', correct: true, explanation: 'Because a and c.' },
    ])
  })
})

describe('cooldown after a failed attempt', () => {
  const failed = { score: 50, passed: false, submittedAt: '2026-11-28T09:00:00.000Z' }
  const passed = { score: 100, passed: true, submittedAt: '2026-11-28T09:20:00.000Z' }

  it('the next attempt waits the cooldown after a failure, not after a pass nor before any attempt', () => {
    expect(nextAttemptAt([failed], 10)).toBe('2026-11-28T09:10:00.000Z')
    expect(nextAttemptAt([failed, passed], 10)).toBeNull()
    expect(nextAttemptAt([], 10)).toBeNull()
    expect(nextAttemptAt([failed], 0)).toBeNull()
  })

  it('refuses until the very end of the window', () => {
    expect(mustWait([failed], 10, new Date('2026-11-28T09:09:59.999Z'))).toBe(true)
    expect(mustWait([failed], 10, new Date('2026-11-28T09:10:00.000Z'))).toBe(false)
  })
})

describe('options shuffled per attempt', () => {
  const ids = ['a', 'b', 'c', 'd', 'e']
  const seedOf = (n: number) => `secret:investor:quiz:${n}`

  it('is a permutation, stable for a seed', () => {
    expect([...shuffled(ids, 'x')].sort()).toEqual(ids)
    expect(shuffled(ids, 'x')).toEqual(shuffled(ids, 'x'))
  })

  it('never repeats the order of the attempt before, nor the editor’s order at attempt 1', () => {
    for (const options of [['a', 'b'], ['a', 'b', 'c'], ids]) {
      let previous = options
      for (let attempt = 1; attempt <= 30; attempt++) {
        const order = attemptOrder(options, attempt, seedOf)
        expect([...order].sort()).toEqual(options)
        expect(order).not.toEqual(previous)
        previous = order
      }
    }
  })

  it('reaches every order over many seeds (no fixed position for an option)', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 300; i++) seen.add(shuffled(['a', 'b', 'c'], `seed-${i}`).join(''))
    expect(seen.size).toBe(6)
  })

  it('keeps a one-option question as it is', () => {
    expect(attemptOrder(['only'], 3, seedOf)).toEqual(['only'])
  })
})
