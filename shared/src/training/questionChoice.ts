/**
 * Whether a quiz question takes one answer (radio buttons) or several
 * (checkboxes), as the editor chose it (decision 026).
 *
 * - A question left without a choice takes it from its correct options:
 *   exactly one → single, otherwise multiple (the rule the migration applied
 *   to every question written before the choice existed).
 * - A single-choice question must have exactly one correct option.
 * - An attempt may tick at most one option of a single-choice question.
 */
export const QUESTION_CHOICES = ['single', 'multiple'] as const
export type QuestionChoice = (typeof QUESTION_CHOICES)[number]

export const isQuestionChoice = (value: unknown): value is QuestionChoice =>
  typeof value === 'string' && (QUESTION_CHOICES as readonly string[]).includes(value)

const correctCount = (options: readonly { correct?: boolean | null }[]) => options.filter((o) => o.correct === true).length

/** The choice given, or the one its correct options imply when none was given. */
export function choiceOf(choice: unknown, options: readonly { correct?: boolean | null }[]): QuestionChoice {
  if (isQuestionChoice(choice)) return choice
  return correctCount(options) === 1 ? 'single' : 'multiple'
}

/** The i18n key of what is wrong with a question's correct options, or null when they fit its choice. */
export function correctOptionsProblem(choice: QuestionChoice, options: readonly { correct?: boolean | null }[]): 'training.question.noCorrect' | 'training.question.singleNeedsOne' | null {
  const count = correctCount(options)
  if (count === 0) return 'training.question.noCorrect'
  if (choice === 'single' && count !== 1) return 'training.question.singleNeedsOne'
  return null
}

/** Whether an attempt's ticked options fit the question's choice (a single-choice question takes at most one). */
export const fitsChoice = (choice: QuestionChoice, ticked: readonly string[]): boolean =>
  choice === 'multiple' || new Set(ticked).size <= 1
