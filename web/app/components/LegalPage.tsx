import type { MessageKey } from '@atlas/shared/i18n'
import { useLocale, useT } from '../lib/translation'

type LegalPageProps = {
  titleKey: MessageKey
  introKey?: MessageKey
  /** Each section as its [heading, body] keys. */
  sections: readonly (readonly [MessageKey, MessageKey])[]
  /** ISO date of the last change, e.g. '2025-11-25'. */
  updated: string
}

/** A static legal text: title, provisional-identity notice, then sections. */
export function LegalPage({ titleKey, introKey, sections, updated }: LegalPageProps) {
  const t = useT()
  const locale = useLocale()
  const date = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(updated))
  return (
    <article className="container prose legal">
      <h1>{t(titleKey)}</h1>
      <p className="legal-updated">{t('legal.updated', { date })}</p>
      <p className="alert alert-info">{t('legal.placeholder')}</p>
      {introKey ? <p className="lead">{t(introKey)}</p> : null}
      {sections.map(([heading, body]) => (
        <section key={heading}>
          <h2>{t(heading)}</h2>
          <p>{t(body)}</p>
        </section>
      ))}
    </article>
  )
}
