import { ANSWER_STREAM_TYPE } from '@atlas/shared/assistant'
import { translate } from '@atlas/shared/i18n'
import { redirect } from 'react-router'
import type { Route } from './+types/assistant-stream'
import { askAssistant, questionOf } from '../../lib/assistant.server'
import { requireInvestor } from '../../lib/assets.server'
import { getLocale } from '../../lib/i18n.server'

/**
 * POST /portail/assistant/:id/flux — the assistant page's JavaScript posts
 * the question form here and reads the answer as it streams: the cms's
 * server-sent events are passed through untouched. Refusals come back as
 * JSON `{ message, fieldErrors, retryAt }` with the cms's status; a cms
 * that cannot be reached as 503 with a message to show.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const { token } = await requireInvestor(request)
  const locale = await getLocale(request)
  const outcome = await askAssistant(token, locale, params.id, questionOf(await request.formData()))
  if (outcome.kind === 'stream') {
    return new Response(outcome.response.body, {
      headers: { 'Content-Type': ANSWER_STREAM_TYPE, 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' },
    })
  }
  if (outcome.kind === 'refused') {
    const { status, message, fieldErrors, retryAt } = outcome
    return Response.json({ message, fieldErrors, retryAt }, { status })
  }
  return Response.json({ message: translate(locale, 'assistant.error.unavailable'), fieldErrors: {}, retryAt: null }, { status: 503 })
}

/** Nothing to show on a GET: the page is /portail/assistant/:id. */
export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/portail/assistant/${encodeURIComponent(params.id)}`)
}
