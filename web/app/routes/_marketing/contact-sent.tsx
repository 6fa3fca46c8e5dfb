import { Link } from 'react-router'
import type { Route } from './+types/contact-sent'
import { pageMeta } from '../../lib/pageMeta'
import { useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'contact.sent.title')

export default function ContactSent() {
  const t = useT()
  return (
    <section className="section contact-page">
      <div className="container contact-inner" data-testid="contact-sent">
        <h1>{t('contact.sent.title')}</h1>
        <p className="lead">{t('contact.sent.body')}</p>
        <Link to="/" className="button button-primary">{t('contact.sent.home')}</Link>
      </div>
    </section>
  )
}
