import type { Endpoint } from 'payload'
import { askAssistant } from '../../../assistant/askAssistant'
import { providerFromEnv } from '../../../assistant/providerFromEnv'
import { requestLocale } from '../../../i18n/requestLocale'

/**
 * POST /api/conversations/:id/messages {content} or {retry: true} — the
 * investor's question; the answer streams back as server-sent events
 * (docs/api.md, docs/decisions/015-assistant.md).
 */
export const postMessage: Endpoint = {
  path: '/:id/messages',
  method: 'post',
  handler: async (req) => {
    const body: unknown = await req.json?.().catch(() => null)
    return askAssistant(
      { payload: req.payload, user: req.user, locale: requestLocale(req), provider: providerFromEnv() },
      req.routeParams?.id as string | undefined,
      body,
    )
  },
}
