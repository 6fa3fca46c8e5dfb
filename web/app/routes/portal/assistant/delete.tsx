import { data, Form, Link, redirect } from 'react-router'
import type { Route } from './+types/delete'
import { FormAlert } from '../../../components/FormAlert'
import { deleteConversation, findConversation } from '../../../lib/assistant.server'
import { requireInvestor, unlessOk } from '../../../lib/assets.server'
import { getLocale } from '../../../lib/i18n.server'
import { pageMeta } from '../../../lib/pageMeta'
import { useT } from '../../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'assistant.delete')

/** A real confirmation page: deleting works without JavaScript and never on a GET. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { token, headers } = await requireInvestor(request)
  const conversation = unlessOk(await findConversation(token, params.id), request)
  return data({ id: conversation.id, title: conversation.title ?? '', count: conversation.messages?.length ?? 0 }, { headers })
}

export async function action({ request, params }: Route.ActionArgs) {
  const { token, headers } = await requireInvestor(request)
  const result = await deleteConversation(token, await getLocale(request), params.id)
  if (result.ok) throw redirect('/portail/assistant?supprime=1', { headers })
  if (result.status === 401) throw redirect('/connexion')
  const formError = result.kind === 'unavailable' ? 'errors.service.unavailable' : 'assistant.error.notFound'
  return data({ formError }, { status: result.kind === 'unavailable' ? 503 : 404 })
}

export default function DeleteConversation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const title = loaderData.title || t('assistant.untitled')
  return (
    <div className="dashboard">
      <section className="card confirm-card" aria-labelledby="confirm-title">
        <h1 id="confirm-title">{t('assistant.delete.title', { title })}</h1>
        <p>{t('assistant.delete.body')}</p>
        {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
        <Form method="post" className="form-actions">
          <button type="submit" className="button button-danger" data-testid="confirm-delete">{t('assistant.delete.confirm')}</button>
          <Link to={`/portail/assistant/${loaderData.id}`} className="button button-secondary">{t('assistant.delete.cancel')}</Link>
        </Form>
      </section>
    </div>
  )
}
