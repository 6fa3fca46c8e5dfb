import { stepShapes } from './steps'

/**
 * What an advisor may note about a prospect during discovery (the
 * prospect's "Découverte" fields) that is also a questionnaire answer.
 * Each key names the profile answer it fills: `<profile key>.<answer>`.
 */
export const PROSPECT_DISCOVERY_ANSWERS = {
  birthDate: ['identity', 'birthDate'],
  maritalStatus: ['identity', 'maritalStatus'],
  dependants: ['identity', 'dependants'],
  profession: ['work', 'profession'],
  employmentStatus: ['work', 'employmentStatus'],
  horizonYears: ['objectives', 'horizonYears'],
} as const satisfies Record<string, readonly [keyof typeof stepShapes, string]>

export type ProspectDiscovery = Partial<Record<keyof typeof PROSPECT_DISCOVERY_ANSWERS, unknown>>

/** The answer schema a discovery field is checked with (the questionnaire's own). */
export const discoveryAnswerSchema = (field: keyof typeof PROSPECT_DISCOVERY_ANSWERS) => {
  const [step, answer] = PROSPECT_DISCOVERY_ANSWERS[field]
  return (stepShapes[step] as Record<string, import('zod').ZodType>)[answer]!
}

/**
 * The questionnaire answers a new investor's profile starts with, taken
 * from what the prospect record knows. Only values the questionnaire's own
 * schema accepts are copied; anything else is left for the investor to
 * answer. Returns only the profile keys that get at least one answer.
 */
export function prefillFromProspect(discovery: ProspectDiscovery | null | undefined): Record<string, Record<string, unknown>> {
  const answers: Record<string, Record<string, unknown>> = {}
  if (!discovery) return answers
  for (const field of Object.keys(PROSPECT_DISCOVERY_ANSWERS) as (keyof typeof PROSPECT_DISCOVERY_ANSWERS)[]) {
    const value = discovery[field]
    if (value === null || value === undefined || value === '') continue
    const parsed = discoveryAnswerSchema(field).safeParse(value)
    if (!parsed.success) continue
    const [step, answer] = PROSPECT_DISCOVERY_ANSWERS[field]
    answers[step] = { ...answers[step], [answer]: parsed.data }
  }
  return answers
}
