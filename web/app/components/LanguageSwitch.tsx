import { Form, useLocation } from 'react-router'
import { LOCALES } from '@atlas/shared/i18n'
import { useLocale, useT } from '../lib/translation'

/** FR / EN buttons; the choice is kept in the session (POST /langue), then the page reloads. */
export function LanguageSwitch() {
  const t = useT()
  const current = useLocale()
  const location = useLocation()
  return (
    <Form method="post" action="/langue" className="lang-switch" aria-label={t('lang.label')}>
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          className="lang-option"
          aria-pressed={locale === current}
          title={t('lang.switchTo', { language: t(`lang.${locale}`) })}
          lang={locale}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </Form>
  )
}
