import type { ReactNode } from 'react'
import type { MessageKey } from '@atlas/shared/i18n'
import { useT } from '../lib/translation'

/** A legal page: its title and lead, then numbered or named sections, in a reading column. */
export function LegalDocument({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  const t = useT()
  return (
    <article className="container prose legal-document">
      <h1>{title}</h1>
      <p className="legal-lead">{lead}</p>
      {children}
      <p className="legal-updated">{t('legal.updated')}</p>
    </article>
  )
}

/** One section: a heading and its paragraphs (already worded with the firm's details). */
export function LegalSection({ title, paragraphs, children }: { title: MessageKey; paragraphs?: string[]; children?: ReactNode }) {
  const t = useT()
  return (
    <section>
      <h2>{t(title)}</h2>
      {(paragraphs ?? []).map((text) => <p key={text}>{text}</p>)}
      {children}
    </section>
  )
}
