import { Link, Outlet } from 'react-router'
import type { Route } from './+types/layout'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { Logo } from '../../components/Logo'
import { LockIcon } from '../../components/icons'
import { SiteFooter } from '../../components/SiteFooter'
import { firmFooter } from '../../lib/firm.server'
import { useT } from '../../lib/translation'

/** The footer's firm line (legal name, ORIAS). */
export async function loader() {
  return { firm: await firmFooter() }
}

/** A quiet frame for the identity forms: logo, one card, reassurance. */
export default function AuthLayout({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <div className="auth-shell">
      <a href="#contenu" className="skip-link">{t('nav.skip')}</a>
      <header className="auth-header container">
        <Logo />
        <div className="auth-header-actions">
          <LanguageSwitch />
          <Link to="/" className="auth-back">{t('auth.backHome')}</Link>
        </div>
      </header>
      <main id="contenu" className="auth-main">
        <div className="card auth-card">
          <Outlet />
        </div>
        <p className="auth-secure">
          <LockIcon className="icon icon-small" /> {t('auth.secure')}
        </p>
      </main>
      <SiteFooter firm={loaderData.firm} />
    </div>
  )
}
