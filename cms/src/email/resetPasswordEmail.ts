import type { PayloadRequest } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { env } from '../env'
import { escapeHtml } from './escapeHtml'

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string; locale?: string } }

const localeOf = (user: Args['user']) => (user?.locale === 'en' ? 'en' : 'fr')

/**
 * Payload's forgot-password mail, pointing at web's reset page rather than
 * the admin's: investors never use /admin.
 */
export const resetPasswordEmail = {
  subject: ({ user }: Args = {}) => translate(localeOf(user), 'email.reset.subject'),
  html: ({ token, user }: Args = {}) => {
    const locale = localeOf(user)
    const link = `${env.webUrl}/reinitialiser-mot-de-passe?token=${encodeURIComponent(token ?? '')}`
    const name = escapeHtml(user?.name ?? '')
    return [
      `<p>${translate(locale, 'email.greeting', { name })}</p>`,
      `<p>${translate(locale, 'email.reset.body')}</p>`,
      `<p><a href="${link}">${translate(locale, 'email.reset.cta')}</a></p>`,
      `<p>${translate(locale, 'email.reset.ignore')}</p>`,
    ].join('\n')
  },
}
