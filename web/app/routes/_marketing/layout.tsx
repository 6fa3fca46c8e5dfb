import { Link, NavLink, Outlet } from 'react-router'
import type { Route } from './+types/layout'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { Logo } from '../../components/Logo'
import { SiteMenu } from '../../components/SiteMenu'
import { SiteFooter } from '../../components/SiteFooter'
import { firmFooter } from '../../lib/firm.server'
import { hasLiveSession } from '../../lib/session.server'
import { useT } from '../../lib/translation'

export async function loader({ request }: Route.LoaderArgs) {
  const [signedIn, firm] = await Promise.all([hasLiveSession(request), firmFooter()])
  return { signedIn, firm }
}

/** The site's sections: in the header on a wide screen, in the menu on a phone. */
function Sections({ className }: { className: string }) {
  const t = useT()
  return (
    <ul className={className}>
      <li><Link to="/#fonctionnalites">{t('nav.features')}</Link></li>
      <li><NavLink to="/tarifs">{t('nav.pricing')}</NavLink></li>
      <li><NavLink to="/formation">{t('nav.training')}</NavLink></li>
      <li><NavLink to="/faq">{t('nav.faq')}</NavLink></li>
      <li><NavLink to="/contact">{t('nav.contact')}</NavLink></li>
    </ul>
  )
}

export default function MarketingLayout({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <>
      <a href="#contenu" className="skip-link">{t('nav.skip')}</a>
      <header className="site-header">
        <div className="container site-header-inner">
          <Logo />
          <nav aria-label={t('nav.primary')} className="site-nav">
            <Sections className="site-nav-sections" />
            <div className="site-nav-actions">
              <LanguageSwitch />
              {loaderData.signedIn ? (
                <Link to="/portail" className="button button-primary button-small">{t('nav.portal')}</Link>
              ) : (
                <>
                  <NavLink to="/connexion" className="site-nav-login">{t('nav.login')}</NavLink>
                  <Link to="/inscription" className="button button-primary button-small site-nav-signup">
                    {t('nav.signup')}
                  </Link>
                </>
              )}
            </div>
            <SiteMenu>
              <Sections className="site-menu-sections" />
              <div className="site-menu-actions">
                <LanguageSwitch />
                {loaderData.signedIn ? null : (
                  <Link to="/inscription" className="button button-primary site-menu-signup">{t('nav.signup')}</Link>
                )}
              </div>
            </SiteMenu>
          </nav>
        </div>
      </header>
      <main id="contenu">
        <Outlet />
      </main>
      <SiteFooter firm={loaderData.firm} />
    </>
  )
}
