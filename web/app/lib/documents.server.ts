import type { DocumentSummary } from '@atlas/shared/documents/kinds'
import type { Locale } from '@atlas/shared/i18n'
import { cmsFetch, type CmsResult } from './cms.server'
import { env } from './env.server'
import { visitorHeaders } from './clientIp.server'

/*
 * The investor's client documents through the cms REST API with their own
 * token (the cms's read access decides whose they are): the list, one
 * document, a new bilan, the signature, the PDF bytes.
 */

export type DocumentPage = { docs: DocumentSummary[]; totalDocs: number }

/** Newest first; 100 is more than any investor has (a version per kind and request). */
export const listDocuments = (token: string): Promise<CmsResult<DocumentPage>> =>
  cmsFetch<DocumentPage>('/api/client-documents?sort=-createdAt&depth=0&limit=100', { token })

export const findDocument = (token: string, id: string): Promise<CmsResult<DocumentSummary>> =>
  cmsFetch<DocumentSummary>(`/api/client-documents/${encodeURIComponent(id)}?depth=0`, { token })

/** POST /api/client-documents/generate for the reader's own bilan (core's endpoint; 403 when the plan does not include it). */
export const requestBilan = (token: string, investor: number, locale: Locale) =>
  cmsFetch<{ document: DocumentSummary }>('/api/client-documents/generate', { token, locale, method: 'POST', body: { investor, kind: 'bilan' } })

export type SignInput = { name: string; consent: boolean; password?: string; code?: string }

/**
 * POST /api/client-documents/:id/sign. Web vouches for its visitor — their
 * IP and their browser's User-Agent, the signature's evidence — with the key
 * it shares with the cms (decision 018, decision 042).
 */
export const signDocument = (token: string, id: string, input: SignInput, request: Request, locale: Locale) =>
  cmsFetch<{ document: DocumentSummary }>(`/api/client-documents/${encodeURIComponent(id)}/sign`, {
    token,
    locale,
    method: 'POST',
    body: input,
    timeoutMs: 30_000,
    headers: { ...visitorHeaders(request), 'x-atlas-client-user-agent': (request.headers.get('user-agent') ?? '').slice(0, 512) },
  })

export type PdfAnswer = { kind: 'pdf'; bytes: ArrayBuffer; fileName: string | null } | { kind: 'refused'; status: number } | { kind: 'unavailable' }

/** The stored PDF (or `signed` copy) as bytes; the cms checks read access and the stored hash. */
export async function documentPdf(token: string, id: string, signed: boolean): Promise<PdfAnswer> {
  const path = `/api/client-documents/${encodeURIComponent(id)}/pdf${signed ? '?copy=signed' : ''}`
  try {
    const response = await fetch(`${env.cmsUrl}${path}`, {
      headers: { Authorization: `JWT ${token}`, Accept: 'application/pdf' },
      signal: AbortSignal.timeout(15_000),
      redirect: 'manual',
    })
    if (response.status >= 500) {
      console.error(`[atlas web] cms answered ${response.status}: GET ${path}`)
      return { kind: 'unavailable' }
    }
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/pdf')) {
      await response.body?.cancel()
      return { kind: 'refused', status: response.ok ? 404 : response.status }
    }
    const fileName = (response.headers.get('content-disposition') ?? '').match(/filename="?([^";]+)"?/)?.[1] ?? null
    return { kind: 'pdf', bytes: await response.arrayBuffer(), fileName }
  } catch (cause) {
    console.error(`[atlas web] cms unreachable: GET ${path}:`, (cause as Error)?.message ?? cause)
    return { kind: 'unavailable' }
  }
}
