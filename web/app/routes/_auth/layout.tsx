import { Link, Outlet } from 'react-router'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { Logo } from '../../components/Logo'
import { LockIcon } from '../../components/icons'
import { SiteFooter } from '../../components/SiteFooter'
import { useT } from '../../lib/translation'

/** A quiet frame for the identity forms: logo, one card, reassurance. */
export default function AuthLayout() {
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
      <SiteFooter />
    </div>
  )
}
