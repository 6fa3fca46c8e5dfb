import type { MessageKey } from '@atlas/shared/i18n'
import type { CmsError, CmsUnavailable } from './cms.server'
import type { FieldErrors } from './payloadErrors.server'

/*
 * What to tell a person when the cms refuses an identity request. Field and
 * form errors are message keys, or — for a cms rule web does not know — the
 * cms's own message, already in the reader's language.
 */

export type CmsFailure = CmsError | CmsUnavailable
export type FormFailure = { formError?: string; fieldErrors: FieldErrors }

// Payload words these in the request's language (English or French).
const LOCKED = /locked|verrouill/i
const EMAIL_TAKEN = /already registered|déjà enregistré|already exists|existe déjà/i

const serviceUnavailable: FormFailure = { formError: 'errors.service.unavailable', fieldErrors: {} }

/** Log-in refused: too many failures from this IP, locked account, e-mail not confirmed yet (403, only after the right password), wrong credentials, or no cms. */
export function loginFailure(result: CmsFailure): MessageKey {
  if (result.kind === 'unavailable') return 'errors.service.unavailable'
  if (result.status === 429) return 'errors.login.rateLimited'
  if (result.status === 423 || LOCKED.test(result.message)) return 'errors.login.locked'
  if (result.status === 403) return 'errors.login.unverified'
  return 'errors.login.invalid'
}

/**
 * Errors on the fields the form shows; an error on any other path becomes the
 * form-level message, so nothing the cms says is lost.
 */
function onFormFields(fieldErrors: FieldErrors, formFields: readonly string[]): FormFailure {
  const shown: FieldErrors = {}
  let formError: string | undefined
  for (const [path, message] of Object.entries(fieldErrors)) {
    if (formFields.includes(path)) shown[path] = message || 'errors.field.invalid'
    else formError ??= message || 'errors.unexpected'
  }
  return { fieldErrors: shown, formError: formError ?? (Object.keys(shown).length ? undefined : 'errors.unexpected') }
}

/** Sign-up refused (`POST /api/users`): a taken email, a field the cms rejects, or no cms. */
export function signupFailure(result: CmsFailure, formFields: readonly string[]): FormFailure {
  if (result.kind === 'unavailable') return serviceUnavailable
  if (result.status === 429) return { formError: 'errors.signup.rateLimited', fieldErrors: {} }
  const fieldErrors = { ...result.fieldErrors }
  if (fieldErrors.email !== undefined && EMAIL_TAKEN.test(fieldErrors.email)) fieldErrors.email = 'errors.email.taken'
  return onFormFields(fieldErrors, formFields)
}

/** Password reset refused: the password broke a rule, the link is dead, or no cms. */
export function resetFailure(
  result: CmsFailure,
  formFields: readonly string[],
): FormFailure | { tokenInvalid: true } {
  if (result.kind === 'unavailable') return serviceUnavailable
  if (Object.keys(result.fieldErrors).length > 0) return onFormFields(result.fieldErrors, formFields)
  if ([400, 401, 403, 404, 410].includes(result.status)) return { tokenInvalid: true }
  return { formError: 'errors.unexpected', fieldErrors: {} }
}
