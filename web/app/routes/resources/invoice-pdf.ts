import { translate } from '@atlas/shared/i18n'
import { redirect } from 'react-router'
import type { Route } from './+types/invoice-pdf'
import { invoicePdf } from '../../lib/billing.server'
import { getLocale } from '../../lib/i18n.server'
import { requireUser } from '../../lib/session.server'

/** A name a French reader recognises, safe in a header: the cms's own (e.g. "facture-FA-2026-000123.pdf"), else "facture-<id>.pdf". */
const fileNameOf = (given: string | null, id: string, word: string) => {
  const clean = given?.replace(/[^A-Za-z0-9._-]/g, '') ?? ''
  return clean.toLowerCase().endsWith('.pdf') ? clean : `${word}-${id}.pdf`
}

/**
 * GET /portail/abonnement/factures/:id/pdf — the invoice's stored PDF,
 * fetched from the cms with the reader's own token (the cms decides whose
 * it is), passed on as bytes.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { token } = await requireUser(request)
  const locale = await getLocale(request)
  if (!/^\d{1,12}$/.test(params.id)) return new Response(translate(locale, 'billing.invoices.notFound'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const answer = await invoicePdf(token, params.id)
  if (answer.kind === 'pdf') {
    const name = fileNameOf(answer.fileName, params.id, translate(locale, 'billing.invoices.fileName'))
    return new Response(answer.bytes, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  }
  if (answer.kind === 'refused' && answer.status === 401) {
    throw redirect(`/connexion?redirectTo=${encodeURIComponent(`/portail/abonnement/factures/${params.id}/pdf`)}`)
  }
  const [status, key] = answer.kind === 'unavailable' ? [503, 'billing.error.unavailable'] : [404, 'billing.invoices.notFound']
  return new Response(translate(locale, key), { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
