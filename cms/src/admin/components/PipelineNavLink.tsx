import type { ServerProps } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { figuresScopeOf } from '../../backOffice/figures'
import { adminLocale } from '../format'

/** "Prospect pipeline" in the admin navigation, for advisors and admins. */
export function PipelineNavLink({ i18n, user }: ServerProps) {
  if (!figuresScopeOf(user)) return null
  return (
    <a href="/admin/pipeline" className="nav__link" id="nav-pipeline">
      <span className="nav__link-label">{translate(adminLocale(i18n?.language), 'admin.pipeline.nav')}</span>
    </a>
  )
}
