/**
 * The mails of account security: e-mail verification, a sign-up on an
 * address that already has an account, an e-mail change (to the new
 * address, and the notices to the old one), a password change.
 */
import type { Locale } from '@atlas/shared/i18n'
import { env } from '../../env'
import { composeMail, translator, type MailContent } from './compose'

const webLink = (path: string) => `${env.webUrl}${path}`

/** Payload's verification mail (auth.verify), pointing at web's confirmation page. */
export const verifyEmailMail = (locale: Locale, { name, token }: { name: string; token: string }): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: t('email.verify.subject'),
    blocks: [
      { paragraph: t('email.verify.body') },
      { cta: { label: t('email.verify.cta'), href: webLink(`/verifier-email?token=${encodeURIComponent(token)}`) } },
      { paragraph: t('email.verify.ignore') },
    ],
  })
}

/** To the owner of an address someone tried to sign up with: nothing was created. */
export const signupExistingMail = (locale: Locale, { name }: { name: string }): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: t('email.signupExisting.subject'),
    blocks: [
      { paragraph: t('email.signupExisting.body') },
      { cta: { label: t('email.signupExisting.login'), href: webLink('/connexion') } },
      { paragraph: t('email.signupExisting.reset', { link: webLink('/mot-de-passe-oublie') }) },
    ],
  })
}

/** To the new address: the link that makes it the login address. */
export const confirmEmailChangeMail = (locale: Locale, { name, token }: { name: string; token: string }): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: t('email.emailChange.subject'),
    blocks: [
      { paragraph: t('email.emailChange.body') },
      { cta: { label: t('email.emailChange.cta'), href: webLink(`/confirmer-email?token=${encodeURIComponent(token)}`) } },
      { paragraph: t('email.emailChange.ignore') },
    ],
  })
}

/** To the old address, when a change is asked for. */
export const emailChangeRequestedMail = (locale: Locale, { name, email }: { name: string; email: string }): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: t('email.emailChangeRequested.subject'),
    blocks: [{ paragraph: t('email.emailChangeRequested.body', { email }) }],
  })
}

/** To the old address, once the new one is confirmed. */
export const emailChangedMail = (locale: Locale, { name, email }: { name: string; email: string }): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: t('email.emailChanged.subject'),
    blocks: [{ paragraph: t('email.emailChanged.body', { email }) }],
  })
}

export const passwordChangedMail = (locale: Locale, { name }: { name: string }): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: t('email.passwordChanged.subject'),
    blocks: [
      { paragraph: t('email.passwordChanged.body') },
      { cta: { label: t('email.reset.cta'), href: webLink('/mot-de-passe-oublie') } },
    ],
  })
}
