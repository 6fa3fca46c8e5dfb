import { data } from 'react-router'

/*
 * What a form action answers when the input is refused: the errors (message
 * keys, or a cms message) and the values to type back — never a password.
 */
export type FormErrors = { fieldErrors: Record<string, string>; formError?: string }
export type FormState<Values> = FormErrors & { values: Values }

/** A text field of a submitted form; '' when absent or a file. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === 'string' ? value : ''
}

/** A checkbox: ticked when the browser sent any value for it. */
/** A checked checkbox sends its value ("on" by default); unchecked, nothing — and an empty or "false" value is not consent. */
export const formChecked = (formData: FormData, name: string): boolean => {
  const value = formData.get(name)
  return typeof value === 'string' && value !== '' && value !== 'false' && value !== 'off'
}

export function rejected<Values>(values: Values, errors: FormErrors, status = 400) {
  return data<FormState<Values>>({ values, ...errors }, { status })
}

const RATE_LIMITED = new Set(['errors.contact.rateLimited', 'errors.login.rateLimited', 'errors.signup.rateLimited'])

/** The status for a refusal: 503 when the cms could not be reached, 429 over a per-IP limit, else 400. */
export const refusalStatus = (errors: FormErrors): number => {
  if (errors.formError === 'errors.service.unavailable') return 503
  return errors.formError && RATE_LIMITED.has(errors.formError) ? 429 : 400
}
