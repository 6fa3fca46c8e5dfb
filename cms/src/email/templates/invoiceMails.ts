import { formatEur } from '@atlas/shared/finance'
import type { Locale } from '@atlas/shared/i18n'
import { env } from '../../env'
import { composeMail, translator, type MailContent } from './compose'

/**
 * An invoice or credit note was issued: its number, amount and a link to its
 * PDF on web ("Mon abonnement" proxies GET /api/invoices/:id/pdf with the
 * customer's own session). The outbox has no attachments: a link.
 */
export const invoiceIssuedMail = (
  locale: Locale,
  { name, id, number, kind, amountCents, creditedNumber }: { name: string; id: number | string; number: string; kind: 'invoice' | 'credit-note'; amountCents: number; creditedNumber?: string | null },
): MailContent => {
  const t = translator(locale)
  return composeMail({
    locale,
    name,
    subject: t(`email.invoice.subject.${kind}`, { number }),
    blocks: [
      { paragraph: t(`email.invoice.body.${kind}`, { number, amount: formatEur(amountCents, locale), invoice: creditedNumber ?? '' }) },
      { cta: { label: t('email.invoice.cta'), href: `${env.webUrl}/portail/abonnement/factures/${id}/pdf` } },
    ],
  })
}
