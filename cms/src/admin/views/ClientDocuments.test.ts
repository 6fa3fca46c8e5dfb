import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { AppRouterContext } from 'next/dist/shared/lib/app-router-context.shared-runtime'
import { describe, expect, it } from 'vitest'
import { translate } from '@atlas/shared/i18n'
import { blocksByKind, type DocumentRow } from './clientDocumentRows'
import { KindSection } from './ClientDocuments'

/*
 * The section's markup for rows as the collection stores them (no server needed: the versions, their state,
 * the downloads and the signature evidence are a function of the rows). Its data access — another advisor's
 * client never shows — is tested on the stack (cms/tests/clientDocumentsSection.test.ts).
 */
const router = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {} }
const html = (element: ReactElement) => renderToStaticMarkup(createElement(AppRouterContext.Provider, { value: router as never }, element))

const SHA = '3f5a9c0e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a'
const COPY_SHA = 'b'.repeat(64)
const base = (over: Partial<DocumentRow>): DocumentRow => ({
  id: 11,
  investor: 7,
  kind: 'lettreMission',
  version: 1,
  title: 'Lettre de mission — version 1',
  status: 'ready',
  progress: 100,
  stage: null,
  error: null,
  sha256: SHA,
  pageCount: 3,
  byteSize: 42_000,
  requestedBy: 3,
  signature: null,
  createdAt: '2026-12-04T09:15:00.000Z',
  readyAt: '2026-12-04T09:15:04.000Z',
  ...over,
})
const names = new Map([
  [3, { name: 'Bruno Lefèvre', client: false }],
  [7, { name: 'Camille Martin', client: true }],
])
const block = (rows: DocumentRow[], kind: DocumentRow['kind']) => blocksByKind(rows).find((b) => b.kind === kind)!
const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('a kind’s block on the client page', () => {
  it('lists the versions newest first with date (Paris), requester, pages, size, the PDF and — signed — the evidence and the signed copy', () => {
    const signed = base({
      id: 12,
      version: 2,
      title: 'Lettre de mission — version 2',
      createdAt: '2026-12-04T22:30:00.000Z',
      signature: {
        signedAt: '2026-12-04T23:05:00.000Z',
        signerName: 'Camille Martin',
        method: 'password',
        ip: '203.0.113.9',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/141',
        signedSha256: SHA,
        signedCopySha256: COPY_SHA,
      },
    })
    const markup = html(KindSection({ block: block([base({}), signed], 'lettreMission'), clientId: 7, canGenerate: true, names, locale: 'fr' }))
    const rows = markup.split('data-testid="document-version"').slice(1)
    expect(rows.map((r) => /data-version="(\d+)"/.exec(r)![1])).toEqual(['2', '1'])
    // 22:30Z on 4 December is 23:30 in Paris (UTC+1), the signature at 00:05 the next day.
    expect(text(rows[0]!)).toContain('4 déc. 2026, 23:30')
    expect(text(rows[0]!)).toContain('Signé par Camille Martin')
    expect(text(rows[0]!)).toContain('5 déc. 2026, 00:05')
    expect(text(rows[0]!)).toContain('mot de passe du compte')
    expect(text(rows[0]!)).toContain('203.0.113.9')
    expect(rows[0]).toContain(`title="${SHA}"`)
    expect(text(rows[0]!)).toContain('3f5a9c0e1b2d…')
    expect(rows[0]).toContain('href="/api/client-documents/12/pdf"')
    expect(rows[0]).toContain('href="/api/client-documents/12/pdf?copy=signed"')
    expect(text(rows[0]!)).toContain('Bruno Lefèvre')
    expect(text(rows[0]!)).toContain('41 Ko')
    // Not signed yet: waiting for the client, no signed copy.
    expect(text(rows[1]!)).toContain('En attente de signature du client')
    expect(rows[1]).not.toContain('copy=signed')
    expect(markup).toContain('id="generate-lettreMission"')
    expect(text(markup)).toContain('Générer une nouvelle version')
  })

  it('shows a version being prepared with its progress, and a failed one with its reason, without download', () => {
    const markup = html(
      KindSection({
        block: block(
          [
            base({ id: 21, kind: 'bilan', version: 2, status: 'rendering', progress: 40, sha256: null, pageCount: null, byteSize: null, requestedBy: 7 }),
            base({ id: 20, kind: 'bilan', version: 1, status: 'failed', progress: 60, error: 'documents.admin.unreachable', sha256: null, pageCount: null, byteSize: null }),
          ],
          'bilan',
        ),
        clientId: 7,
        canGenerate: true,
        names,
        locale: 'fr',
      }),
    )
    expect(text(markup)).toContain(`${translate('fr', 'documents.status.rendering')} 40 %`)
    expect(markup).toContain('<progress max="100" value="40"')
    expect(text(markup)).toContain('Camille Martin (client)')
    expect(text(markup)).toContain(`${translate('fr', 'documents.status.failed')} — Le serveur ne répond pas`)
    expect(markup).not.toContain('/pdf')
    // A bilan is not signed.
    expect(text(markup)).toContain('Sans signature')
  })

  it('has no "Générer" for someone who may not ask, and says when there is no version yet', () => {
    const markup = html(KindSection({ block: block([], 'adequation'), clientId: 7, canGenerate: false, names, locale: 'en' }))
    expect(markup).not.toContain('generate-')
    expect(text(markup)).toContain('No version yet.')
    expect(text(markup)).toContain('Suitability statement (MiFID II)')
  })
})
