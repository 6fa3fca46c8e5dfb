/**
 * Reading Payload's error bodies. A rejected write answers
 * `{ errors: [{ name: 'ValidationError', message, data: { errors: [{ path, message }] } }] }`;
 * other failures (401, 403, 423…) answer `{ errors: [{ message }] }`.
 */
export type FieldErrors = Record<string, string>

type PayloadFieldIssue = { path?: unknown; field?: unknown; message?: unknown }
type PayloadError = { name?: unknown; message?: unknown; data?: { errors?: unknown } }

const errorsOf = (body: unknown): PayloadError[] => {
  const errors = (body as { errors?: unknown } | null)?.errors
  return Array.isArray(errors) ? (errors.filter((e) => e && typeof e === 'object') as PayloadError[]) : []
}

/** One message per field path, the first given, from every ValidationError in the body. */
export function payloadFieldErrors(body: unknown): FieldErrors {
  const fieldErrors: FieldErrors = {}
  for (const error of errorsOf(body)) {
    const issues = error.data?.errors
    if (!Array.isArray(issues)) continue
    for (const issue of issues as PayloadFieldIssue[]) {
      const path = typeof issue?.path === 'string' ? issue.path : issue?.field
      if (typeof path !== 'string' || path === '' || path in fieldErrors) continue
      fieldErrors[path] = typeof issue.message === 'string' ? issue.message : ''
    }
  }
  return fieldErrors
}

/** The first top-level message of an error body, or '' when there is none. */
export function payloadMessage(body: unknown): string {
  for (const error of errorsOf(body)) if (typeof error.message === 'string') return error.message
  const message = (body as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : ''
}
