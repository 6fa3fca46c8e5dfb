import { data, redirect } from 'react-router'
import { KNOWLEDGE_FAMILIES, knowledgeFamily, knowledgeIndex, stepById } from '@atlas/shared/profile/questionnaire'
import { STEP_SPECS, stepSpecById } from '@atlas/shared/profile/questionnaire/formSpec'
import { formText } from './forms'
import { answersOf, readStepForm, valuesFromProfile, type StepValues } from './questionnaireForm'
import { saveProfile, stepErrors, type ProfileDoc } from './questionnaire.server'

/*
 * The knowledge step, one family of products per page (issue #12, defect 10).
 * A page posts its family's rows only; they are merged into the stored list
 * (other families untouched) and saved as a draft, so nothing saved is lost
 * when this page is refused. "Next" needs this family complete; leaving the
 * last family needs every family complete. The cms checks the list again.
 */

export type KnowledgeActionState = { values: StepValues; fieldErrors: Record<string, string>; formError?: string }

const BASE = '/portail/questionnaire'
const spec = stepSpecById('knowledge')
const familyUrl = (slug: string, extra = '') => `${BASE}/${spec.slug}?famille=${slug}${extra}`

/** Stored rows with this page's family replaced by what was typed. */
export function mergeFamily(profile: Record<string, unknown>, form: FormData, classes: readonly string[]): StepValues {
  const typed = readStepForm(spec, form).rows.knowledge ?? []
  const stored = valuesFromProfile(spec, profile).rows.knowledge ?? []
  const knowledge = stored.map((row) =>
    classes.includes(String(row.productClass)) ? (typed.find((t) => t.productClass === row.productClass) ?? row) : row,
  )
  return { fields: {}, rows: { knowledge } }
}

/** Errors of the complete-list rules that fall on the rows of `classes` (by input name). */
function familyErrors(answers: unknown, classes: readonly string[]): Record<string, string> {
  const parsed = stepById('knowledge')!.complete.safeParse(answers)
  if (parsed.success) return {}
  const rows = new Set(classes.map((c) => String(knowledgeIndex(c as never))))
  return Object.fromEntries(Object.entries(stepErrors('knowledge', parsed.error)).filter(([name]) => rows.has(name.split('.')[1] ?? '')))
}

export async function knowledgeAction(request: Request, token: string, profile: ProfileDoc, form: FormData) {
  const intent = formText(form, 'intent') || 'next'
  const family = knowledgeFamily(formText(form, 'famille'))
  const position = KNOWLEDGE_FAMILIES.indexOf(family)
  const values = mergeFamily(profile, form, family.classes)
  const answers = answersOf(spec, values)

  const fieldErrors = intent === 'next' ? familyErrors(answers, family.classes) : {}
  const draft = stepById('knowledge')!.draft.safeParse(answers)
  if (Object.keys(fieldErrors).length > 0 || !draft.success) {
    const errors = draft.success ? fieldErrors : { ...stepErrors('knowledge', draft.error), ...fieldErrors }
    return data<KnowledgeActionState>({ values, fieldErrors: errors, formError: 'errors.form' }, { status: 400 })
  }
  const saved = await saveProfile(request, token, profile.id, { knowledge: answers })
  if (!saved.ok) {
    const unavailable = saved.kind === 'unavailable'
    const errors = unavailable ? {} : saved.fieldErrors
    const formError = unavailable ? 'errors.service.unavailable' : (errors.status ?? (saved.message || 'errors.unexpected'))
    return data<KnowledgeActionState>({ values, fieldErrors: errors, formError }, { status: unavailable ? 503 : 400 })
  }

  const stepIndex = STEP_SPECS.indexOf(spec)
  if (intent === 'save') return redirect(familyUrl(family.slug, '&enregistre=1'))
  if (intent === 'back') {
    const previous = KNOWLEDGE_FAMILIES[position - 1]
    return redirect(previous ? familyUrl(previous.slug) : `${BASE}/${STEP_SPECS[Math.max(0, stepIndex - 1)]!.slug}`)
  }
  const following = KNOWLEDGE_FAMILIES[position + 1]
  if (following) return redirect(familyUrl(following.slug))
  // Leaving the last family: every family must be complete; else back to the first one that is not.
  const unfinished = KNOWLEDGE_FAMILIES.find((candidate) => Object.keys(familyErrors(answers, candidate.classes)).length > 0)
  if (unfinished) return redirect(familyUrl(unfinished.slug, '&a-completer=1'))
  return redirect(`${BASE}/${STEP_SPECS[stepIndex + 1]!.slug}`)
}
