import { data, Form, NavLink, Outlet } from 'react-router'
import { isStaff } from '@atlas/shared'
import type { Route } from './+types/layout'
import { Logo } from '../../components/Logo'
import { NotificationBell } from '../../components/NotificationBell'
import { SiteFooter } from '../../components/SiteFooter'
import { firmFooter } from '../../lib/firm.server'
import { env } from '../../lib/env.server'
import { unreadCount } from '../../lib/notifications.server'
import { pageMeta } from '../../lib/pageMeta'
import { requireUser } from '../../lib/session.server'
import { useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'portal.nav.dashboard')

export async function loader({ request }: Route.LoaderArgs) {
  const { user, token, headers } = await requireUser(request)
  const staff = isStaff(user.role)
  return data(
    {
      name: user.name,
      role: user.role,
      // Staff work in the cms admin; the portal only points them there.
      adminUrl: staff ? `${env.cmsPublicUrl}/admin` : null,
      unread: staff ? null : await unreadCount(token),
      firm: await firmFooter(),
    },
    { headers },
  )
}

export default function PortalLayout({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { name, role, adminUrl, unread } = loaderData
  return (
    <div className="portal-shell">
      <a href="#contenu" className="skip-link">{t('nav.skip')}</a>
      <header className="portal-header">
        <div className="container portal-header-inner">
          <Logo to="/portail" />
          <nav aria-label={t('nav.primary')} className="portal-nav">
            <NavLink to="/portail" end>{t('portal.nav.dashboard')}</NavLink>
            {adminUrl ? null : <NavLink to="/portail/patrimoine" data-testid="nav-patrimony">{t('portal.nav.patrimony')}</NavLink>}
            {adminUrl ? null : <NavLink to="/portail/questionnaire">{t('portal.nav.questionnaire')}</NavLink>}
            {adminUrl ? null : <NavLink to="/portail/profil">{t('portal.nav.profile')}</NavLink>}
            {adminUrl ? null : <NavLink to="/portail/formation">{t('portal.nav.training')}</NavLink>}
            {adminUrl ? null : <NavLink to="/portail/assistant" data-testid="nav-assistant">{t('portal.nav.assistant')}</NavLink>}
            {adminUrl ? null : <NavLink to="/portail/securite" data-testid="nav-security">{t('portal.nav.security')}</NavLink>}
          </nav>
          <span className="portal-user-name" data-testid="user-name">
            {adminUrl ? null : <NotificationBell unread={unread} />}
            <span className="portal-user-name-text">{name}</span>
          </span>
          <Form method="post" action="/deconnexion" className="portal-logout">
            <button type="submit" className="button button-secondary button-small" data-testid="logout">
              {t('auth.logout')}
            </button>
          </Form>
        </div>
      </header>
      <main id="contenu" className="container portal-main">
        {adminUrl ? (
          <section className="card staff-notice" data-testid="staff-notice">
            <h1>{t('portal.staff.title')}</h1>
            <p>{t('portal.staff.body', { role: t(`role.${role}`) })}</p>
            <a href={adminUrl} className="button button-primary">{t('portal.staff.cta')}</a>
          </section>
        ) : (
          <Outlet />
        )}
      </main>
      <SiteFooter firm={loaderData.firm} />
    </div>
  )
}
