import { data, Link, redirect } from 'react-router'
import type { Route } from './+types/list'
import { AssistantAllowance } from '../../../components/assistant/AssistantAllowance'
import { ConversationList } from '../../../components/assistant/ConversationList'
import { FormAlert } from '../../../components/FormAlert'
import { createConversation, listConversations } from '../../../lib/assistant.server'
import { requireInvestor, unlessOk } from '../../../lib/assets.server'
import { getLocale } from '../../../lib/i18n.server'
import { myEntitlements } from '../../../lib/entitlements.server'
import { pageMeta } from '../../../lib/pageMeta'
import { startOfNextMonthParis } from '@atlas/shared/billing/parisMonth'
import { formatDateParis } from '@atlas/shared/finance/dates'
import { useT } from '../../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'assistant.title')

export async function loader({ request }: Route.LoaderArgs) {
  const { token, headers } = await requireInvestor(request)
  const [list, entitlements] = await Promise.all([listConversations(token), myEntitlements(token)])
  const conversations = unlessOk(list, request).docs
  const deleted = new URL(request.url).searchParams.get('supprime') === '1'
  const renewsOn = formatDateParis(startOfNextMonthParis(new Date()), await getLocale(request))
  return data({ conversations, deleted, entitlements, renewsOn }, { headers })
}

/** "Nouvelle conversation": creates it and opens it. */
export async function action({ request }: Route.ActionArgs) {
  const { token, headers } = await requireInvestor(request)
  const created = await createConversation(token, await getLocale(request))
  if (created.ok) throw redirect(`/portail/assistant/${created.data.doc.id}`, { headers })
  if (created.status === 401) throw redirect('/connexion?redirectTo=/portail/assistant')
  return data({ formError: created.kind === 'unavailable' ? 'errors.service.unavailable' : created.message }, { status: created.kind === 'unavailable' ? 503 : 400 })
}

export default function AssistantHome({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { conversations, deleted, entitlements, renewsOn } = loaderData
  const latest = conversations[0]
  return (
    <div className="assistant-page">
      <ConversationList conversations={conversations} />
      <section className="card assistant-main" aria-labelledby="assistant-title">
        <h1 id="assistant-title">{t('assistant.title')}</h1>
        <p>{t('assistant.lead')}</p>
        {deleted ? <FormAlert tone="success" testId="deleted">{t('assistant.deleted')}</FormAlert> : null}
        {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
        {latest ? (
          <p><Link to={`/portail/assistant/${latest.id}`} className="button button-secondary">{latest.title || t('assistant.untitled')}</Link></p>
        ) : null}
        <AssistantAllowance answer={entitlements} renewsOn={renewsOn} />
        <p className="muted">{t('assistant.disclaimer')}</p>
      </section>
    </div>
  )
}
