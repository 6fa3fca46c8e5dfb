import { data, Link } from 'react-router'
import type { Route } from './+types/confirm-email'
import { FormAlert } from '../../components/FormAlert'
import { getLocale } from '../../lib/i18n.server'
import { confirmEmailChange } from '../../lib/identity.server'
import { pageMeta } from '../../lib/pageMeta'
import { useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageMeta(matches, 'auth.emailChange.title'),
  { name: 'referrer', content: 'no-referrer' },
]

/** /confirmer-email?token=… — the link sent to a new address makes it the login address. */
export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token')?.trim() ?? ''
  if (!token) return { outcome: 'invalid' as const }
  const outcome = await confirmEmailChange(token, await getLocale(request))
  if (outcome === 'unavailable') throw data({ reason: 'cms-unavailable' }, { status: 503 })
  return { outcome }
}

export default function ConfirmEmail({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const done = loaderData.outcome === 'done'
  return (
    <div data-testid={done ? 'email-change-confirmed' : 'email-change-invalid'}>
      <h1>{t('auth.emailChange.title')}</h1>
      {done ? <FormAlert tone="success">{t('auth.emailChange.done')}</FormAlert> : <FormAlert>{t('auth.emailChange.invalid')}</FormAlert>}
      <p><Link to="/portail" className="button button-primary">{t('auth.verify.login')}</Link></p>
    </div>
  )
}
