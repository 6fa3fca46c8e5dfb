import { NavLink } from 'react-router'
import { useT } from '../lib/translation'

/**
 * The investor's portal sections. In the portal header, and on a lesson for a
 * signed-in investor, so leaving the course for the portal is one tap away.
 */
export function PortalNav({ staff = false, className = 'portal-nav', testId }: { staff?: boolean; className?: string; testId?: string }) {
  const t = useT()
  return (
    <nav aria-label={t('nav.primary')} className={className} data-testid={testId}>
      <NavLink to="/portail" end>{t('portal.nav.dashboard')}</NavLink>
      {staff ? null : (
        <>
          <NavLink to="/portail/patrimoine" data-testid="nav-patrimony">{t('portal.nav.patrimony')}</NavLink>
          <NavLink to="/portail/documents" data-testid="nav-documents">{t('documents.portal.nav')}</NavLink>
          <NavLink to="/portail/questionnaire">{t('portal.nav.questionnaire')}</NavLink>
          <NavLink to="/portail/profil">{t('portal.nav.profile')}</NavLink>
          <NavLink to="/portail/formation">{t('portal.nav.training')}</NavLink>
          <NavLink to="/portail/assistant" data-testid="nav-assistant">{t('portal.nav.assistant')}</NavLink>
          <NavLink to="/portail/abonnement" data-testid="nav-subscription">{t('billing.nav')}</NavLink>
          <NavLink to="/portail/securite" data-testid="nav-security">{t('portal.nav.security')}</NavLink>
        </>
      )}
    </nav>
  )
}
