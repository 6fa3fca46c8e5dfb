import { Link } from 'react-router'
import { translate } from '@atlas/shared/i18n'
import { absoluteUrl } from '@atlas/shared/pages'
import type { Route } from './+types/terms'
import { LegalDocument, LegalSection } from '../../../components/LegalDocument'
import { env } from '../../../lib/env.server'
import { firmInformation } from '../../../lib/firm.server'
import { legalParams } from '../../../lib/firmText'
import { getLocale } from '../../../lib/i18n.server'
import { legalMeta } from '../../../lib/legalMeta'
import { useLocale } from '../../../lib/translation'

/** /cgu: the terms every account accepts at sign-up. */
export async function loader({ request }: Route.LoaderArgs) {
  const [firm, locale] = await Promise.all([firmInformation(), getLocale(request)])
  return { canonical: absoluteUrl(env.webUrl, '/cgu'), params: legalParams(firm, locale) }
}

export const meta: Route.MetaFunction = (args) => legalMeta(args, 'legal.terms.title', 'legal.terms.description')

export const handle = { hydrate: false }

const SECTIONS = ['object', 'access', 'account', 'duties', 'liability', 'ip'] as const

export default function Terms({ loaderData: { params } }: Route.ComponentProps) {
  const locale = useLocale()
  const t = (key: string) => translate(locale, key, params)
  return (
    <LegalDocument title={t('legal.terms.title')} lead={t('legal.terms.lead')}>
      {SECTIONS.map((section) => (
        <LegalSection key={section} title={`legal.terms.${section}.title`} paragraphs={[t(`legal.terms.${section}.body`)]} />
      ))}
      <LegalSection title="legal.terms.data.title">
        <p>
          {t('legal.terms.data.body')} <Link to="/confidentialite">{t('legal.terms.data.link')}</Link>.
        </p>
      </LegalSection>
      <LegalSection title="legal.terms.law.title" paragraphs={[t('legal.terms.law.body')]} />
    </LegalDocument>
  )
}
