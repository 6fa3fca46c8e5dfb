import type { ServerProps } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { figuresScopeOf } from '../../backOffice/figures'
import { adminLocale } from '../format'

/** "Clients" in the admin navigation, for advisors and admins. */
export function ClientsNavLink({ i18n, user }: ServerProps) {
  if (!figuresScopeOf(user)) return null
  return (
    <a href="/admin/clients" className="nav__link" id="nav-clients">
      <span className="nav__link-label">{translate(adminLocale(i18n?.language), 'admin.clients.nav')}</span>
    </a>
  )
}
