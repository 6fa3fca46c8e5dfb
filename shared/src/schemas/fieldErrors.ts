import type { z } from 'zod'

/** Where an error that belongs to no single field is filed. */
export const FORM_ERROR = '_form'

/**
 * One message per field — the first one zod reports, which is the first rule
 * broken — keyed by the dotted field path (`address.city`), or FORM_ERROR for
 * an issue about the whole input.
 */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : FORM_ERROR
    if (!(field in errors)) errors[field] = issue.message
  }
  return errors
}
