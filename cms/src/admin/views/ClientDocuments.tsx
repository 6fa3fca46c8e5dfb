// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import type { CollectionSlug, PayloadRequest } from 'payload'
import { translate, isMessageKey, type Locale } from '@atlas/shared/i18n'
import { roleOf } from '../../access/roleOf'
import { parisDate } from '../format'
import { DocumentProgress, GenerateDocumentButton } from './ClientDocumentActions'
import {
  blocksByKind,
  byteSizeLabel,
  isInProgress,
  requesterIdOf,
  shortSha,
  signatureOf,
  statusLabel,
  type DocumentRow,
  type KindBlock,
} from './clientDocumentRows'
import './clientDocuments.css'

// The collections of issue #14's other branches (core: client-documents, bilan: advisor-comments): typed by slug
// once their generated types are merged.
const CLIENT_DOCUMENTS = 'client-documents' as string as CollectionSlug
const ADVISOR_COMMENTS = 'advisor-comments' as string as CollectionSlug

type Viewer = { req: PayloadRequest; clientId: number }

/** The client's document versions and the names of who asked for them, read with the viewer's own access. */
async function loadDocuments({ req, clientId }: Viewer) {
  const asViewer = { overrideAccess: false, user: req.user, req } as const
  // A client has a handful of versions per kind: one page of 200 holds them all.
  const [documents, comments] = await Promise.all([
    req.payload.find({ collection: CLIENT_DOCUMENTS, where: { investor: { equals: clientId } }, sort: '-createdAt', limit: 200, depth: 0, ...asViewer }),
    req.payload.find({ collection: ADVISOR_COMMENTS, where: { investor: { equals: clientId } }, limit: 1, depth: 0, ...asViewer }),
  ])
  const rows = documents.docs as unknown as DocumentRow[]
  const requesterIds = [...new Set(rows.map(requesterIdOf).filter((id): id is number => id !== null))]
  const requesters = requesterIds.length
    ? await req.payload.find({ collection: 'users', where: { id: { in: requesterIds } }, select: { name: true, role: true }, limit: requesterIds.length, depth: 0, ...asViewer })
    : { docs: [] }
  const names = new Map(requesters.docs.map((u) => [u.id, { name: u.name, client: u.role === 'investor' }]))
  return { rows, names, commentId: (comments.docs[0]?.id as number | undefined) ?? null }
}

/** Who may ask for a new version (the generate endpoint decides again): admins, and the client's own advisor. */
const mayGenerate = (req: PayloadRequest, advisorId: number | null) => {
  const role = roleOf(req.user)
  return role === 'admin' || (role === 'advisor' && req.user?.id === advisorId)
}

type Names = Map<number, { name: string; client: boolean }>

function SignatureCell({ row, signable, locale }: { row: DocumentRow; signable: boolean; locale: Locale }) {
  const t = (key: string) => translate(locale, key)
  const signature = signatureOf(row)
  if (!signable) return <span className="clients-empty">{t('documents.admin.notSignable')}</span>
  if (!signature) return row.status === 'ready' ? <span>{t('documents.admin.awaitingSignature')}</span> : <span className="clients-empty">—</span>
  return (
    <dl className="client-documents-evidence" data-testid="document-signature">
      <dt>{t('documents.admin.signature.signer')}</dt>
      <dd data-testid="document-signer">{signature.signerName}</dd>
      <dt>{t('documents.admin.signature.at')}</dt>
      <dd data-testid="document-signed-at">
        <time dateTime={signature.signedAt}>{parisDate(locale, signature.signedAt, true)}</time>
      </dd>
      <dt>{t('documents.admin.signature.method')}</dt>
      <dd>{t(`documents.admin.signature.method.${signature.method}`)}</dd>
      <dt>{t('documents.admin.signature.ip')}</dt>
      <dd>{signature.ip}</dd>
      <dt>{t('documents.admin.signature.userAgent')}</dt>
      <dd className="client-documents-agent" title={signature.userAgent}>{signature.userAgent}</dd>
      <dt>{t('documents.admin.signature.sha256')}</dt>
      <dd>
        <code title={signature.signedSha256} data-testid="document-signed-sha256" data-sha256={signature.signedSha256}>
          {shortSha(signature.signedSha256)}
        </code>
      </dd>
      <dt>{t('documents.admin.signature.copySha256')}</dt>
      <dd>
        <code title={signature.signedCopySha256}>{shortSha(signature.signedCopySha256)}</code>
      </dd>
    </dl>
  )
}

function VersionRow({ row, signable, names, locale }: { row: DocumentRow; signable: boolean; names: Names; locale: Locale }) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params)
  const requester = names.get(requesterIdOf(row) ?? -1)
  const signed = signatureOf(row) !== null
  return (
    <tr data-testid="document-version" data-kind={row.kind} data-version={row.version} data-status={row.status} data-signed={signed ? 'true' : 'false'}>
      <td className="clients-number">{t('documents.admin.version', { version: row.version })}</td>
      <td>
        <time dateTime={row.createdAt}>{parisDate(locale, row.createdAt, true)}</time>
      </td>
      <td>{requester ? (requester.client ? t('documents.admin.requestedBy.client', { name: requester.name }) : requester.name) : t('documents.admin.requestedBy.unknown')}</td>
      <td data-testid="document-status">
        {isInProgress(row.status) ? (
          <DocumentProgress document={row} locale={locale} />
        ) : row.status === 'failed' ? (
          <span className="client-warning" title={row.error && isMessageKey(row.error) ? t(row.error) : undefined}>
            {statusLabel(locale, row)}
            {row.error && isMessageKey(row.error) ? ` — ${t(row.error)}` : ''}
          </span>
        ) : (
          <span className="client-ok">{statusLabel(locale, row)}</span>
        )}
      </td>
      <td className="clients-number">{row.pageCount ?? '—'}</td>
      <td className="clients-number">{typeof row.byteSize === 'number' ? byteSizeLabel(locale, row.byteSize) : '—'}</td>
      <td>
        {row.status === 'ready' ? (
          <span className="client-documents-files">
            <a href={`/api/client-documents/${row.id}/pdf`} aria-label={t('documents.admin.download.label', { title: row.title })} data-testid="document-download" title={row.sha256 ? `SHA-256 ${row.sha256}` : undefined}>
              {t('documents.admin.download')}
            </a>
            {signed ? (
              <a href={`/api/client-documents/${row.id}/pdf?copy=signed`} aria-label={t('documents.admin.signedCopy.label', { title: row.title })} data-testid="document-signed-copy">
                {t('documents.admin.signedCopy')}
              </a>
            ) : null}
          </span>
        ) : (
          <span className="clients-empty">—</span>
        )}
      </td>
      <td className="client-documents-signature">
        <SignatureCell row={row} signable={signable} locale={locale} />
      </td>
    </tr>
  )
}

/** One kind's block: heading, "Générer" (when allowed), its versions newest first. */
export function KindSection({ block, clientId, canGenerate, names, locale }: { block: KindBlock; clientId: number; canGenerate: boolean; names: Names; locale: Locale }) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params)
  const label = t(`documents.kind.${block.kind}`)
  const headingId = `client-documents-${block.kind}`
  return (
    <section className="client-documents-kind" aria-labelledby={headingId} data-testid={`documents-${block.kind}`}>
      <div className="client-documents-head">
        <div>
          <h3 id={headingId}>{label}</h3>
          <p className="client-documents-hint">{t(`documents.admin.hint.${block.kind}`)}</p>
        </div>
        {canGenerate ? <GenerateDocumentButton investor={clientId} kind={block.kind} again={block.versions.length > 0} locale={locale} /> : null}
      </div>
      {block.versions.length === 0 ? (
        <p className="clients-empty">{t('documents.admin.none')}</p>
      ) : (
        <div className="clients-table-wrap">
          <table className="clients-table client-documents-table" aria-label={t('documents.admin.versions', { kind: label })}>
            <thead>
              <tr>
                <th className="clients-number">{t('documents.admin.col.version')}</th>
                <th>{t('documents.admin.col.date')}</th>
                <th>{t('documents.admin.col.requestedBy')}</th>
                <th>{t('documents.admin.col.status')}</th>
                <th className="clients-number">{t('documents.admin.col.pages')}</th>
                <th className="clients-number">{t('documents.admin.col.size')}</th>
                <th>{t('documents.admin.col.files')}</th>
                <th>{t('documents.admin.col.signature')}</th>
              </tr>
            </thead>
            <tbody>
              {block.versions.map((row) => (
                <VersionRow key={row.id} row={row} signable={block.signable} names={names} locale={locale} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

/**
 * "Documents" on the advisor's client page (issue #14): per kind — bilan patrimonial, rapport d'adéquation, DER,
 * lettre de mission — every version with its state, size, downloads and who signed it when, how, from where and
 * which exact PDF (SHA-256); "Générer" with live progress for the client's advisor and admins; and the way to
 * what the documents are made from (the advisor's comment, the recommendations).
 */
export async function ClientDocuments({ req, clientId, advisorId, locale }: Viewer & { advisorId: number | null; locale: Locale }) {
  const t = (key: string) => translate(locale, key)
  const { rows, names, commentId } = await loadDocuments({ req, clientId })
  const canGenerate = mayGenerate(req, advisorId)
  const recommendations = `/admin/collections/recommendations?where[investor][equals]=${clientId}`
  return (
    <section className="client-card client-documents" aria-labelledby="client-documents" data-testid="client-documents">
      <h2 id="client-documents">{t('documents.admin.title')}</h2>
      <p className="client-documents-hint">{t('documents.admin.lead')}</p>
      {canGenerate ? (
        <p className="client-documents-links" data-testid="client-documents-links">
          <span>{t('documents.admin.prepare')}</span>
          {commentId !== null ? (
            <a href={`/admin/collections/advisor-comments/${commentId}`} data-testid="advisor-comment-link">{t('documents.admin.comment.edit')}</a>
          ) : (
            <a href={`/admin/collections/advisor-comments/create?investor=${clientId}`} data-testid="advisor-comment-link">{t('documents.admin.comment.create')}</a>
          )}
          <a href={recommendations} data-testid="recommendations-link">{t('documents.admin.recommendations')}</a>
          <a href={`/admin/collections/recommendations/create?investor=${clientId}`} data-testid="new-recommendation-link">{t('documents.admin.recommendations.new')}</a>
        </p>
      ) : null}
      {blocksByKind(rows).map((block) => (
        <KindSection key={block.kind} block={block} clientId={clientId} canGenerate={canGenerate} names={names} locale={locale} />
      ))}
    </section>
  )
}
