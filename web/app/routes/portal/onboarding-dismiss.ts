import { data, redirect } from 'react-router'
import type { Route } from './+types/onboarding-dismiss'
import { requireInvestor } from '../../lib/assets.server'
import { cmsFetch } from '../../lib/cms.server'
import { getLocale } from '../../lib/i18n.server'

/** Nothing to show here: the card lives on the dashboard. */
export async function loader() {
  throw redirect('/portail')
}

/**
 * "Masquer" of the dashboard's "Bien démarrer" card: a form POST (works
 * without JavaScript). The cms writes the dismissal on the caller's own
 * account (POST /api/portal/onboarding/dismiss), then back to the dashboard.
 */
export async function action({ request }: Route.ActionArgs) {
  const { token, headers } = await requireInvestor(request)
  const result = await cmsFetch<{ onboardingDismissedAt: string }>('/api/portal/onboarding/dismiss', { token, method: 'POST', locale: await getLocale(request) })
  if (result.ok) throw redirect('/portail?bien-demarrer=masque', { headers })
  if (result.status === 401) throw redirect('/connexion?redirectTo=%2Fportail')
  throw data({ reason: 'cms-unavailable' }, { status: 503 })
}
