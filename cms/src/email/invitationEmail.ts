import { translate, type Locale } from '@atlas/shared/i18n'
import { env } from '../env'
import { escapeHtml } from './escapeHtml'

type Args = { locale: Locale; advisorName: string; prospectName: string; token: string }

/** The prospect's invitation to open a client space, linking to web's /invitation page. */
export const invitationEmail = ({ locale, advisorName, prospectName, token }: Args) => {
  const link = `${env.webUrl}/invitation?token=${encodeURIComponent(token)}`
  const t = (key: string, params?: Record<string, string>) => translate(locale, key, params)
  const html = [
    `<p>${escapeHtml(t('email.greeting', { name: prospectName }))}</p>`,
    `<p>${escapeHtml(t('email.invitation.body', { advisor: advisorName }))}</p>`,
    `<p><a href="${link}" style="display:inline-block;padding:10px 18px;background:#1f3a5f;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(t('email.invitation.cta'))}</a></p>`,
    `<p>${escapeHtml(t('email.invitation.expiry'))}</p>`,
    `<p>${escapeHtml(t('email.signature'))}</p>`,
  ].join('\n')
  const text = [
    t('email.greeting', { name: prospectName }),
    '',
    t('email.invitation.body', { advisor: advisorName }),
    '',
    `${t('email.invitation.cta')} : ${link}`,
    t('email.invitation.expiry'),
    '',
    t('email.signature'),
  ].join('\n')
  return { subject: t('email.invitation.subject', { advisor: advisorName }), html, text }
}
