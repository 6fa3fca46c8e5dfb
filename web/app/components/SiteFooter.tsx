import { Link } from 'react-router'
import type { FirmFooter } from '../lib/firm.server'
import { useT } from '../lib/translation'
import { Logo } from './Logo'

/** The site's footer: the firm's name and ORIAS number (cms `firm` global, when it answers) and the legal links. */
export function SiteFooter({ firm }: { firm: FirmFooter | null }) {
  const t = useT()
  return (
    <footer className="site-footer">
      <div className="container site-footer-inner">
        <div className="site-footer-brand">
          <Logo />
          <p>{t('footer.tagline')}</p>
        </div>
        <nav aria-label={t('footer.siteNav')}>
          <ul className="site-footer-links">
            <li><Link to="/a-propos">{t('footer.about')}</Link></li>
            <li><Link to="/tarifs">{t('nav.pricing')}</Link></li>
            <li><Link to="/faq">{t('nav.faq')}</Link></li>
            <li><Link to="/contact">{t('footer.contact')}</Link></li>
            <li><Link to="/mentions-legales">{t('footer.legal')}</Link></li>
            <li><Link to="/cgu">{t('footer.terms')}</Link></li>
            <li><Link to="/confidentialite">{t('footer.privacy')}</Link></li>
          </ul>
        </nav>
        <p className="site-footer-copy" data-testid="footer-firm">
          {t('footer.copyright', { year: new Date().getFullYear(), firm: firm?.legalName ?? t('brand.name') })}
          {firm?.oriasNumber ? <> · {t('firm.orias', { number: firm.oriasNumber })}</> : null}
        </p>
      </div>
    </footer>
  )
}
