import type { Route } from './+types/legal-notice'
import { LegalPage } from '../../components/LegalPage'
import { pageMeta } from '../../lib/pageMeta'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'legal.notice.title')

const SECTIONS = [
  ['legal.notice.publisher.title', 'legal.notice.publisher.body'],
  ['legal.notice.director.title', 'legal.notice.director.body'],
  ['legal.notice.hosting.title', 'legal.notice.hosting.body'],
  ['legal.notice.activity.title', 'legal.notice.activity.body'],
  ['legal.notice.ip.title', 'legal.notice.ip.body'],
  ['legal.notice.contact.title', 'legal.notice.contact.body'],
] as const

export default function LegalNotice() {
  return <LegalPage titleKey="legal.notice.title" sections={SECTIONS} updated="2026-11-25" />
}
