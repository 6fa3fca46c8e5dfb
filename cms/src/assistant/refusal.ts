import { translate, type Locale, type MessageKey, type MessageParams } from '@atlas/shared/i18n'

/**
 * A refusal in the reader's language, in Payload's own error shape; `field`
 * names the input at fault so web shows it at the field. `extra` goes beside
 * the message (e.g. `retryAt`).
 */
export const assistantRefusal = (
  locale: Locale,
  status: number,
  key: MessageKey,
  { params, field, extra }: { params?: MessageParams; field?: string; extra?: Record<string, unknown> } = {},
) => {
  const message = translate(locale, key, params)
  return Response.json(
    { errors: [{ message, code: key.split('.').pop(), ...extra, ...(field ? { data: { errors: [{ path: field, message }] } } : {}) }] },
    { status },
  )
}
