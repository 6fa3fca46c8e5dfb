import { translate } from '@atlas/shared/i18n'
import { absoluteUrl } from '@atlas/shared/pages'
import type { Route } from './+types/legal-notice'
import { LegalDocument, LegalSection } from '../../../components/LegalDocument'
import { env } from '../../../lib/env.server'
import { firmInformation } from '../../../lib/firm.server'
import { legalParams } from '../../../lib/firmText'
import { getLocale } from '../../../lib/i18n.server'
import { legalMeta } from '../../../lib/legalMeta'
import { useLocale } from '../../../lib/translation'

/** /mentions-legales: LCEN art. 6 (publisher, director, host) and what a CIF must show (ORIAS, association, RCP, mediator). */
export async function loader({ request }: Route.LoaderArgs) {
  const [firm, locale] = await Promise.all([firmInformation(), getLocale(request)])
  return { canonical: absoluteUrl(env.webUrl, '/mentions-legales'), params: legalParams(firm, locale), hasPhone: Boolean(firm.phone), hasCif: Boolean(firm.cifAssociation) }
}

export const meta: Route.MetaFunction = (args) => legalMeta(args, 'legal.notice.title', 'legal.notice.description')

export const handle = { hydrate: false }

export default function LegalNotice({ loaderData: { params, hasPhone, hasCif } }: Route.ComponentProps) {
  const locale = useLocale()
  const t = (key: string) => translate(locale, key, params)
  return (
    <LegalDocument title={t('legal.notice.title')} lead={t('legal.notice.lead')}>
      <LegalSection
        title="legal.notice.publisher.title"
        paragraphs={[t('legal.notice.publisher.body'), t(hasPhone ? 'legal.notice.publisher.contact' : 'legal.notice.publisher.contactNoPhone')]}
      />
      <LegalSection title="legal.notice.director.title" paragraphs={[t('legal.notice.director.body')]} />
      <LegalSection title="legal.notice.host.title" paragraphs={[t('legal.notice.host.body')]} />
      <LegalSection
        title="legal.notice.orias.title"
        paragraphs={[t('legal.notice.orias.body'), ...(hasCif ? [t('legal.notice.cif.body')] : [])]}
      />
      <LegalSection title="legal.notice.insurance.title" paragraphs={[t('legal.notice.insurance.body')]} />
      <LegalSection title="legal.notice.mediator.title" paragraphs={[t('legal.notice.mediator.body')]} />
      <LegalSection title="legal.notice.ip.title" paragraphs={[t('legal.notice.ip.body')]} />
    </LegalDocument>
  )
}
