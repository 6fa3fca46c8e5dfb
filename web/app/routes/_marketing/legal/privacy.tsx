import { translate } from '@atlas/shared/i18n'
import { absoluteUrl } from '@atlas/shared/pages'
import type { Route } from './+types/privacy'
import { LegalDocument, LegalSection } from '../../../components/LegalDocument'
import { env } from '../../../lib/env.server'
import { firmInformation } from '../../../lib/firm.server'
import { legalParams } from '../../../lib/firmText'
import { getLocale } from '../../../lib/i18n.server'
import { legalMeta } from '../../../lib/legalMeta'
import { useLocale } from '../../../lib/translation'

/** /confidentialite: GDPR art. 13 (controller, DPO, purposes and legal bases, retention, rights, CNIL). */
export async function loader({ request }: Route.LoaderArgs) {
  const [firm, locale] = await Promise.all([firmInformation(), getLocale(request)])
  return { canonical: absoluteUrl(env.webUrl, '/confidentialite'), params: legalParams(firm, locale) }
}

export const meta: Route.MetaFunction = (args) => legalMeta(args, 'legal.privacy.title', 'legal.privacy.description')

export const handle = { hydrate: false }

const PURPOSES = ['contract', 'suitability', 'security', 'marketing'] as const

export default function Privacy({ loaderData: { params } }: Route.ComponentProps) {
  const locale = useLocale()
  const t = (key: string) => translate(locale, key, params)
  return (
    <LegalDocument title={t('legal.privacy.title')} lead={t('legal.privacy.lead')}>
      <LegalSection title="legal.privacy.controller.title" paragraphs={[t('legal.privacy.controller.body')]} />
      <LegalSection title="legal.privacy.dpo.title" paragraphs={[t('legal.privacy.dpo.body')]} />
      <LegalSection title="legal.privacy.data.title" paragraphs={[t('legal.privacy.data.body')]} />
      <LegalSection title="legal.privacy.purposes.title">
        <ul>
          {PURPOSES.map((purpose) => <li key={purpose}>{t(`legal.privacy.purposes.${purpose}`)}</li>)}
        </ul>
      </LegalSection>
      <LegalSection title="legal.privacy.retention.title" paragraphs={[t('legal.privacy.retention.body')]} />
      <LegalSection title="legal.privacy.recipients.title" paragraphs={[t('legal.privacy.recipients.body')]} />
      <LegalSection title="legal.privacy.rights.title" paragraphs={[t('legal.privacy.rights.body'), t('legal.privacy.cnil.body')]} />
      <LegalSection title="legal.privacy.cookies.title" paragraphs={[t('legal.privacy.cookies.body')]} />
    </LegalDocument>
  )
}
