import { translate, type Locale } from '@atlas/shared/i18n'

type Warning = { code?: unknown }

const codesOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((w) => (w as Warning)?.code).filter((code): code is string => typeof code === 'string') : []

/** A questionnaire's consistency warnings, in words (the client page and the profile's sidebar). */
export function WarningsList({ warnings, locale }: { warnings: unknown; locale: Locale }) {
  const codes = codesOf(warnings)
  if (!codes.length) return <p>{translate(locale, 'admin.client.noWarnings')}</p>
  return (
    <ul data-testid="client-warnings">
      {codes.map((code) => <li key={code} className="client-warning">{translate(locale, `questionnaire.warning.${code}`)}</li>)}
    </ul>
  )
}
