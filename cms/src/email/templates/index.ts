/**
 * The mails Atlas writes, each in French or English (HTML + text).
 * One function per mail; the shape and the escaping are in compose.ts.
 */
import type { Locale } from '@atlas/shared/i18n'
import { env } from '../../env'
import { composeMail, translator, type MailContent } from './compose'

export type { MailContent } from './compose'

/** The recipient's language for a user document (French unless they chose English). */
export const localeOf = (user: { locale?: string | null } | null | undefined): Locale => (user?.locale === 'en' ? 'en' : 'fr')

const webLink = (path: string) => (path.startsWith('/') ? `${env.webUrl}${path}` : path)

export const welcomeMail = (locale: Locale, { name }: { name: string }): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: t('email.welcome.subject', { name }),
    blocks: [{ paragraph: t('email.welcome.body') }, { cta: { label: t('email.welcome.cta'), href: webLink('/portail') } }],
  })
}

export const invitationMail = (
  locale: Locale,
  { advisorName, prospectName, token }: { advisorName: string; prospectName: string; token: string },
): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name: prospectName,
    subject: t('email.invitation.subject', { advisor: advisorName }),
    blocks: [
      { paragraph: t('email.invitation.body', { advisor: advisorName }) },
      { cta: { label: t('email.invitation.cta'), href: webLink(`/invitation?token=${encodeURIComponent(token)}`) } },
      { paragraph: t('email.invitation.expiry') },
    ],
  })
}

/** Payload's forgot-password mail, pointing at web's reset page (investors never use /admin). */
export const resetPasswordMail = (locale: Locale, { name, token }: { name: string; token: string }): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: t('email.reset.subject'),
    blocks: [
      { paragraph: t('email.reset.body') },
      { cta: { label: t('email.reset.cta'), href: webLink(`/reinitialiser-mot-de-passe?token=${encodeURIComponent(token)}`) } },
      { paragraph: t('email.reset.ignore') },
    ],
  })
}

export const profileValidatedMail = (
  locale: Locale,
  { name, advisorName, riskLabel }: { name: string; advisorName: string; riskLabel: string },
): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: t('email.validated.subject'),
    blocks: [
      { paragraph: t('email.validated.body', { advisor: advisorName, risk: riskLabel }) },
      { cta: { label: t('email.validated.cta'), href: webLink('/portail/profil') } },
    ],
    footer: t('email.notification.footer'),
  })
}

type ProspectSummary = {
  id: number | string
  firstName?: string | null
  lastName: string
  email: string
  phone?: string | null
  message?: string | null
}

/** Tells the owner advisor that a visitor's contact request is theirs. */
export const newProspectMail = (locale: Locale, { advisorName, prospect }: { advisorName: string; prospect: ProspectSummary }): MailContent => {
  const t = translator(locale)
  const name = [prospect.firstName, prospect.lastName].filter(Boolean).join(' ')
  return composeMail({
    locale,
    name: advisorName,
    subject: t('email.contact.subject', { name }),
    blocks: [
      { paragraph: t('email.contact.body', { name }) },
      { paragraph: t('email.contact.details', { email: prospect.email, phone: prospect.phone || '—' }) },
      { paragraph: t('email.contact.message') },
      { quote: prospect.message ?? '' },
      { cta: { label: t('email.contact.cta'), href: `${env.cmsPublicUrl}/admin/collections/prospects/${prospect.id}` } },
    ],
  })
}

/** For billing (Stripe) when a payment fails; amount in cents, shown in euros; `link` where to fix it. */
export const paymentIssueMail = (
  locale: Locale,
  { name, amountCents, invoiceNumber, link }: { name: string; amountCents: number; invoiceNumber: string; link: string },
): MailContent => {
  const t = translator(locale)
  const amount = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency: 'EUR' }).format(amountCents / 100)
  return composeMail({
    locale,
    name,
    subject: t('email.payment.subject'),
    blocks: [
      { paragraph: t('email.payment.body', { amount, invoice: invoiceNumber }) },
      { cta: { label: t('email.payment.cta'), href: webLink(link) } },
    ],
  })
}

/** The mail twin of an in-app notification (what notify sends when no dedicated mail exists). */
export const notificationMail = (
  locale: Locale,
  { name, title, body, link }: { name: string; title: string; body: string; link?: string | null },
): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: title,
    blocks: [
      ...body.split(/\n{2,}/).map((paragraph) => ({ paragraph })),
      { cta: { label: t('email.notification.cta'), href: webLink(link || '/portail/notifications') } },
    ],
    footer: t('email.notification.footer'),
  })
}
export * from './accountMails'
export * from './staffMails'
export * from './invoiceMails'
