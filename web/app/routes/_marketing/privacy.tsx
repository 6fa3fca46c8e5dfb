import type { Route } from './+types/privacy'
import { LegalPage } from '../../components/LegalPage'
import { pageMeta } from '../../lib/pageMeta'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'legal.privacy.title')

const SECTIONS = [
  ['legal.privacy.controller.title', 'legal.privacy.controller.body'],
  ['legal.privacy.data.title', 'legal.privacy.data.body'],
  ['legal.privacy.purposes.title', 'legal.privacy.purposes.body'],
  ['legal.privacy.retention.title', 'legal.privacy.retention.body'],
  ['legal.privacy.recipients.title', 'legal.privacy.recipients.body'],
  ['legal.privacy.hosting.title', 'legal.privacy.hosting.body'],
  ['legal.privacy.rights.title', 'legal.privacy.rights.body'],
  ['legal.privacy.cookies.title', 'legal.privacy.cookies.body'],
] as const

export default function Privacy() {
  return (
    <LegalPage
      titleKey="legal.privacy.title"
      introKey="legal.privacy.intro"
      sections={SECTIONS}
      updated="2026-11-25"
    />
  )
}
