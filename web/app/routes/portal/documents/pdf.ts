import { translate } from '@atlas/shared/i18n'
import { redirect } from 'react-router'
import type { Route } from './+types/pdf'
import { documentPdf } from '../../../lib/documents.server'
import { getLocale } from '../../../lib/i18n.server'
import { requireUser } from '../../../lib/session.server'

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } })

/** A name safe in a header: the cms's own (e.g. "lettreMission-v2.pdf"), else "document-<id>.pdf". */
const fileNameOf = (given: string | null, fallback: string) => {
  const clean = given?.replace(/[^A-Za-z0-9._-]/g, '') ?? ''
  return clean.toLowerCase().endsWith('.pdf') ? clean : fallback
}

/**
 * GET /portail/documents/:id/pdf (`?copy=signed`: the signed copy;
 * `?inline=1`: shown in the page's viewer instead of downloaded) — the
 * stored PDF, fetched from the cms with the reader's own token, passed on as
 * bytes, never cached. The one web response a page of ours may frame
 * (web/server/documentFraming.ts, decision 042).
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const signed = url.searchParams.get('copy') === 'signed'
  const inline = url.searchParams.get('inline') === '1'
  const { token } = await requireUser(request)
  const locale = await getLocale(request)
  if (!/^\d{1,12}$/.test(params.id)) return text(translate(locale, 'documents.portal.notFound'), 404)
  const answer = await documentPdf(token, params.id, signed)
  if (answer.kind === 'pdf') {
    const word = translate(locale, signed ? 'documents.portal.signedFileName' : 'documents.portal.fileName')
    const name = fileNameOf(answer.fileName, `${translate(locale, 'documents.portal.fileName')}-${params.id}${signed ? `-${word}` : ''}.pdf`)
    return new Response(answer.bytes, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${name}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  }
  if (answer.kind === 'refused' && answer.status === 401) {
    throw redirect(`/connexion?redirectTo=${encodeURIComponent(`/portail/documents/${params.id}`)}`)
  }
  return answer.kind === 'unavailable' ? text(translate(locale, 'documents.portal.unavailable'), 503) : text(translate(locale, 'documents.portal.notFound'), 404)
}
