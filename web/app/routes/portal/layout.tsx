import { data, Form, Outlet } from 'react-router'
import { isStaff } from '@atlas/shared'
import type { Route } from './+types/layout'
import { Logo } from '../../components/Logo'
import { PortalNav } from '../../components/PortalNav'
import { NotificationBell } from '../../components/NotificationBell'
import { SiteFooter } from '../../components/SiteFooter'
import { firmFooter } from '../../lib/firm.server'
import { env } from '../../lib/env.server'
import { unreadCount } from '../../lib/notifications.server'
import { paymentIssue } from '../../lib/paymentIssue.server'
import { PaymentIssueBanner } from '../../components/billing/PaymentIssueBanner'
import { pageMeta } from '../../lib/pageMeta'
import { requireUser } from '../../lib/session.server'
import { useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'portal.nav.dashboard')

export async function loader({ request }: Route.LoaderArgs) {
  const { user, token, headers } = await requireUser(request)
  const staff = isStaff(user.role)
  const [unread, paymentFailed] = staff ? [null, false] : await Promise.all([unreadCount(token), paymentIssue(token)])
  return data(
    {
      name: user.name,
      role: user.role,
      // Staff work in the cms admin; the portal only points them there.
      adminUrl: staff ? `${env.cmsPublicUrl}/admin` : null,
      unread,
      paymentFailed,
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
          <PortalNav staff={Boolean(adminUrl)} />
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
          <>
            {loaderData.paymentFailed ? <PaymentIssueBanner /> : null}
            <Outlet />
          </>
        )}
      </main>
      <SiteFooter firm={loaderData.firm} />
    </div>
  )
}
