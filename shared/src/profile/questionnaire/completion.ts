import type { StepId } from './steps'
import { STEPS } from './steps'

/** The questionnaire's answers, keyed as stored on the profile. */
export type ProfileAnswers = Readonly<Record<string, unknown>>

export interface StepCompletion {
  id: StepId
  number: number
  /** Required answers given and valid. */
  answered: number
  required: number
  /** round(100 × answered ÷ required). */
  pct: number
  /** The step passes its complete schema. */
  complete: boolean
}

export interface Completion {
  steps: StepCompletion[]
  answered: number
  required: number
  /** round(100 × Σ answered ÷ Σ required): every required answer weighs the same. */
  totalPct: number
  /** Steps not complete yet, in wizard order. */
  missing: StepId[]
}

const pct = (answered: number, required: number) =>
  required === 0 ? 100 : Math.round((100 * answered) / required)

/**
 * How much of the questionnaire is answered. A step whose answers are all
 * given but that still fails a cross-answer rule (e.g. adverse impacts
 * considered, none chosen) counts one answer short, so 100 % always means
 * "can be submitted".
 */
export function completion(profile: ProfileAnswers): Completion {
  const steps = STEPS.map((step): StepCompletion => {
    const value = profile[step.key]
    const flags = step.answered(value)
    const complete = step.complete.safeParse(value).success
    const given = flags.filter(Boolean).length
    const answered = !complete && given === flags.length ? given - 1 : given
    return {
      id: step.id,
      number: step.number,
      answered,
      required: flags.length,
      pct: pct(answered, flags.length),
      complete,
    }
  })
  const answered = steps.reduce((sum, step) => sum + step.answered, 0)
  const required = steps.reduce((sum, step) => sum + step.required, 0)
  return {
    steps,
    answered,
    required,
    totalPct: pct(answered, required),
    missing: steps.filter((step) => !step.complete).map((step) => step.id),
  }
}
