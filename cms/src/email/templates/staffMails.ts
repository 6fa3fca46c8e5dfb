import type { Locale } from '@atlas/shared/i18n'
import { composeMail, translator, type MailContent } from './compose'

/** To an advisor: a client submitted their questionnaire; the link opens the client's page in the admin. */
export const questionnaireSubmittedMail = (
  locale: Locale,
  { advisorName, clientName, adminLink }: { advisorName: string; clientName: string; adminLink: string },
): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name: advisorName,
    subject: t('notification.questionnaireSubmitted.title', { client: clientName }),
    blocks: [
      { paragraph: t('notification.questionnaireSubmitted.body', { client: clientName }) },
      { cta: { label: t('email.questionnaireSubmitted.cta'), href: adminLink } },
    ],
  })
}
