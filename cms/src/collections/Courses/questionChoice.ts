import { translate, type MessageKey } from '@atlas/shared/i18n'
import { choiceOf, correctOptionsProblem, QUESTION_CHOICES } from '@atlas/shared/training'
import type { ArrayFieldValidation, Field } from 'payload'
import { requestLocale } from '../../i18n/requestLocale'

/*
 * A quiz question is single-choice (radio buttons, exactly one correct
 * option) or multiple-choice (checkboxes), as the editor chooses
 * (decision 026). Left empty, it is taken from the correct options: exactly
 * one → single. Readable by everyone: the page needs it to draw the inputs.
 */
const both = (key: MessageKey) => ({ fr: translate('fr', key), en: translate('en', key) })

type QuestionRow = { choice?: unknown; options?: { correct?: boolean | null }[] }

export const questionChoice: Field = {
  name: 'choice',
  label: both('training.question.choice'),
  type: 'select',
  options: QUESTION_CHOICES.map((value) => ({ value, label: both(`training.question.choice.${value}`) })),
  admin: { description: both('training.question.choiceHelp') },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }) => {
        const row = (siblingData ?? {}) as QuestionRow
        // Without `correct` in the data (a writer who cannot read it), keep what is stored.
        if (!Array.isArray(row.options) || row.options.some((o) => o?.correct === undefined)) return value
        return choiceOf(value, row.options)
      },
    ],
  },
}

/** 2 to 6 options, and correct ones that fit the question's choice — a localized error at the field. */
export const validateOptions: ArrayFieldValidation = (value, { siblingData, req }) => {
  const rows = Array.isArray(value) ? (value as { correct?: boolean | null }[]) : []
  if (rows.length < 2 || rows.length > 6) return 'Entre 2 et 6 réponses par question.'
  const problem = correctOptionsProblem(choiceOf((siblingData as QuestionRow | undefined)?.choice, rows), rows)
  return problem ? translate(requestLocale(req), problem) : true
}
