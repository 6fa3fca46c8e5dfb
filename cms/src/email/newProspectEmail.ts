import { translate, type Locale } from '@atlas/shared/i18n'
import { env } from '../env'
import { escapeHtml } from './escapeHtml'

type Args = {
  locale: Locale
  advisorName: string
  prospect: { id: number | string; firstName?: string | null; lastName: string; email: string; phone?: string | null; message?: string | null }
}

/** Tells the owner advisor that a visitor's contact request is theirs (HTML and text). */
export const newProspectEmail = ({ locale, advisorName, prospect }: Args) => {
  const name = [prospect.firstName, prospect.lastName].filter(Boolean).join(' ')
  const link = `${env.cmsPublicUrl}/admin/collections/prospects/${prospect.id}`
  const t = (key: string, params?: Record<string, string>) => translate(locale, key, params)
  const details = t('email.contact.details', { email: prospect.email, phone: prospect.phone || '—' })
  const message = prospect.message ?? ''
  const html = [
    `<p>${escapeHtml(t('email.greeting', { name: advisorName }))}</p>`,
    `<p>${escapeHtml(t('email.contact.body', { name }))}</p>`,
    `<p>${escapeHtml(details)}</p>`,
    `<p>${escapeHtml(t('email.contact.message'))}</p>`,
    `<blockquote style="border-left:3px solid #c9d3e0;margin:0;padding:0 0 0 12px;white-space:pre-wrap">${escapeHtml(message)}</blockquote>`,
    `<p><a href="${link}">${escapeHtml(t('email.contact.cta'))}</a></p>`,
    `<p>${escapeHtml(t('email.signature'))}</p>`,
  ].join('\n')
  const text = [
    t('email.greeting', { name: advisorName }),
    '',
    t('email.contact.body', { name }),
    details,
    '',
    t('email.contact.message'),
    message,
    '',
    `${t('email.contact.cta')} : ${link}`,
    '',
    t('email.signature'),
  ].join('\n')
  return { subject: t('email.contact.subject', { name }), html, text }
}
