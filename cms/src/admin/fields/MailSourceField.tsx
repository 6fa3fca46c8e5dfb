import { translate } from '@atlas/shared/i18n'
import { adminLocale } from '../format'

type Props = { data?: { html?: unknown }; i18n?: { language?: string } }

/**
 * A stored mail's HTML source, read-only, in plain text. Replaces Payload's
 * code field, a Monaco editor loaded from a public CDN (see
 * ProfileWarningsField). Only rendered when the reader may read the body
 * (field access strips `html` otherwise).
 */
export function MailSourceField({ data, i18n }: Props) {
  if (typeof data?.html !== 'string' || !data.html) return null
  const locale = adminLocale(i18n?.language)
  return (
    <details className="field-type" data-testid="mail-source">
      <summary className="field-label">{translate(locale, 'admin.mail.source')}</summary>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 480, overflow: 'auto' }}>{data.html}</pre>
    </details>
  )
}
