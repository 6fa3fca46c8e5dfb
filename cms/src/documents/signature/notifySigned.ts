import type { PayloadRequest } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { formatDateTimeParis } from '@atlas/shared/finance/dateTime'
import { composeMail, translator } from '../../email/templates/compose'
import { env } from '../../env'
import { notify } from '../../notifications/notify'

type Signed = { documentId: number; title: string; signedAt: string; investor: { id: number; name: string }; advisor: { id: number; name: string } | null }

/**
 * After a signature (inside its transaction): the investor's advisor is told
 * (admin notification + mail, link to the client's page where the evidence
 * is), and the investor gets their receipt (portal + mail, whatever their
 * preferences: it is the proof of what they signed).
 */
export async function notifySigned(req: PayloadRequest, { documentId, title, signedAt, investor, advisor }: Signed): Promise<void> {
  const date = (locale: 'fr' | 'en') => formatDateTimeParis(new Date(signedAt), locale)
  const words = (locale: 'fr' | 'en') => ({ client: investor.name, title, date: date(locale) })
  if (advisor) {
    const adminLink = `${env.cmsPublicUrl}/admin/clients/${investor.id}`
    await notify(req.payload, {
      user: advisor.id,
      event: 'documentSigned',
      title: (locale) => translate(locale, 'documents.sign.notification.advisor.title', words(locale)),
      body: (locale) => translate(locale, 'documents.sign.notification.advisor.body', words(locale)),
      link: adminLink,
      email: (locale) => {
        const t = translator(locale)
        return composeMail({
          locale,
          name: advisor.name,
          subject: t('documents.sign.notification.advisor.title', words(locale)),
          blocks: [
            { paragraph: t('documents.sign.notification.advisor.body', words(locale)) },
            { cta: { label: t('documents.sign.notification.advisor.cta'), href: adminLink } },
          ],
        })
      },
      dedupeKey: `documentSigned:${documentId}`,
      req,
    })
  }
  await notify(req.payload, {
    user: investor.id,
    event: 'documentSignatureConfirmed',
    title: (locale) => translate(locale, 'documents.sign.notification.investor.title', words(locale)),
    body: (locale) => translate(locale, 'documents.sign.notification.investor.body', words(locale)),
    link: `/portail/documents/${documentId}`,
    dedupeKey: `documentSignatureConfirmed:${documentId}`,
    req,
  })
}
