import { translate } from '@atlas/shared/i18n'
import { WarningsList } from '../components/WarningsList'
import { adminLocale } from '../format'

type Props = { data?: { warnings?: unknown }; i18n?: { language?: string } }

/**
 * The profile's `warnings` (JSON computed by the hooks), read as sentences.
 * Payload's own JSON field is a Monaco editor that loads its code from a
 * public CDN: refused here (no third-party script in the admin, and no
 * internet on many advisors' networks).
 */
export function ProfileWarningsField({ data, i18n }: Props) {
  const locale = adminLocale(i18n?.language)
  return (
    <div className="field-type" data-testid="profile-warnings">
      <label className="field-label">{translate(locale, 'admin.client.warnings')}</label>
      <WarningsList warnings={data?.warnings} locale={locale} />
    </div>
  )
}
