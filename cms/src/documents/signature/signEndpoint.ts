import { sql } from '@payloadcms/db-postgres'
import { APIError, ValidationError, type Endpoint, type PayloadRequest } from 'payload'
import { SIGNABLE_KINDS, type DocumentKind, type SignatureEvidence } from '@atlas/shared/documents/kinds'
import { translate, type MessageKey } from '@atlas/shared/i18n'
import { roleOf } from '../../access/roleOf'
import { requireCurrentPassword } from '../../collections/Users/currentPassword'
import { requestLocale } from '../../i18n/requestLocale'
import { executeInTransaction, inTransaction } from '../../invoices/transaction'
import { requireTotp } from '../../twoFactor/checkCode'
import { isEnabled, readRecord } from '../../twoFactor/record'
import { openSecret } from '../../twoFactor/secrets'
import { loadBranding } from '../pdf/firmBranding'
import { sha256 } from '../../files/privateFiles'
import { discardDocumentPdf, readDocumentPdf, storeDocumentPdf } from '../store'
import { signerOrigin } from './evidence'
import { notifySigned } from './notifySigned'
import { signedCopyOf } from './signedCopy'
import { sameSignerName } from './signerName'

/** The context flag with which the signature is written; core's hooks let exactly this write through, once. */
export const DOCUMENT_SIGNATURE_CONTEXT = { documentSignature: true } as const

type Row = {
  id: number
  investor: number | { id: number }
  kind: DocumentKind
  version: number
  title: string
  status: string
  sha256?: string | null
  file?: string | null
  pageCount?: number | null
  signature?: Partial<SignatureEvidence> | null
}

type Body = { name?: unknown; consent?: unknown; password?: unknown; code?: unknown }

const noStore = { 'cache-control': 'private, no-store' }

const refusal = (req: PayloadRequest, status: number, key: MessageKey, path?: string) =>
  Response.json({ errors: [{ message: translate(requestLocale(req), key), ...(path ? { path } : {}) }] }, { status, headers: noStore })

const fieldErrors = (req: PayloadRequest, errors: { path: string; key: MessageKey; params?: Record<string, string> }[]) =>
  new ValidationError({
    collection: 'client-documents',
    errors: errors.map(({ path, key, params }) => ({ path, message: translate(requestLocale(req), key, params) })),
  })

const idOf = (value: unknown): number | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

const isSigned = (row: Pick<Row, 'signature'>) => Boolean(row.signature?.signedAt)

/** Why this row cannot be signed by anyone (null: it can); the row's owner is checked before. */
const stateRefusal = (row: Row): MessageKey | null => {
  if (!SIGNABLE_KINDS.includes(row.kind)) return 'documents.sign.errors.notSignable'
  if (isSigned(row)) return 'documents.sign.alreadySigned'
  if (row.status !== 'ready' || !row.file || !row.sha256) return 'documents.sign.errors.notReady'
  return null
}

/**
 * The password (or, with TOTP on, the current code) that confirms the
 * signature. Wrong guesses count as the existing checks count them: a wrong
 * password toward the account's login lockout (requireCurrentPassword),
 * a code toward the two-factor limits per account and per IP (requireTotp).
 */
async function confirmSigner(req: PayloadRequest, userId: number, body: Body): Promise<'password' | 'totp'> {
  const record = await readRecord(req, userId)
  const secret = record && isEnabled(record) ? openSecret(record.totpSecret) : null
  if (record && secret) {
    await requireTotp(req, record, secret, typeof body.code === 'string' ? body.code : undefined)
    return 'totp'
  }
  if (typeof body.password !== 'string' || body.password === '') throw fieldErrors(req, [{ path: 'password', key: 'documents.sign.errors.passwordRequired' }])
  try {
    await requireCurrentPassword(req, userId, body.password)
  } catch (error) {
    // The same check as the account pages, answered at this form's field.
    if (error instanceof ValidationError) {
      const message = (error.data as { errors?: { message: string }[] })?.errors?.[0]?.message
      const locked = message === translate(requestLocale(req), 'errors.login.locked')
      throw locked
        ? new ValidationError({ collection: 'client-documents', errors: [{ path: 'password', message }] })
        : fieldErrors(req, [{ path: 'password', key: 'documents.sign.errors.passwordWrong' }])
    }
    throw error
  }
  return 'password'
}

/**
 * POST /api/client-documents/:id/sign `{ name, consent, password? | code? }`
 * — the simple electronic signature (docs/decisions/042-electronic-signature.md).
 * Only the investor the document concerns (404 for anyone else, as if it did
 * not exist); a ready DER, lettre de mission or rapport d'adéquation, not yet
 * signed (409). Records the evidence and the signed copy on the row in one
 * transaction, tells the advisor and the investor, answers `{ document }`.
 */
export const signDocumentEndpoint: Endpoint = {
  path: '/:id/sign',
  method: 'post',
  handler: async (req) => {
    const user = req.user as { id: number; name?: string | null; role?: unknown } | null
    if (!user) return refusal(req, 401, 'errors.unauthorized')
    const id = Number(req.routeParams?.id)
    const row = Number.isSafeInteger(id) && id > 0
      ? ((await req.payload.findByID({ collection: 'client-documents', id, depth: 0, overrideAccess: true, disableErrors: true, req })) as Row | null)
      : null
    if (!row || roleOf(user) !== 'investor' || idOf(row.investor) !== user.id) return refusal(req, 404, 'documents.sign.errors.notFound')
    const refused = stateRefusal(row)
    if (refused) return refusal(req, 409, refused)

    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as Body
    const typed = typeof body.name === 'string' ? body.name.trim().slice(0, 200) : ''
    const accountName = user.name ?? ''
    const problems: Parameters<typeof fieldErrors>[1] = []
    if (typed === '') problems.push({ path: 'name', key: 'documents.sign.errors.nameRequired' })
    else if (!sameSignerName(typed, accountName)) problems.push({ path: 'name', key: 'documents.sign.errors.nameMismatch', params: { name: accountName } })
    if (body.consent !== true) problems.push({ path: 'consent', key: 'documents.sign.errors.consentRequired' })
    if (problems.length > 0) throw fieldErrors(req, problems)
    const method = await confirmSigner(req, user.id, body)

    const original = await readDocumentPdf(row.file!, row.sha256!)
    if (!original) return refusal(req, 409, 'documents.sign.errors.fileMissing')
    const { ip, userAgent } = signerOrigin(req)
    const evidence = { signedAt: new Date().toISOString(), signerName: typed, method, ip, userAgent, signedSha256: sha256(original) }
    const branding = await loadBranding(req.payload, user.id, req)
    const copy = await signedCopyOf(original, { branding, locale: requestLocale(req), document: { title: row.title, version: row.version, pageCount: row.pageCount ?? 0 }, evidence })
    const stored = await storeDocumentPdf({ id: row.id, version: row.version, kind: row.kind }, copy.bytes, 'signed')

    try {
      await inTransaction(req.payload, req, async (tx) => {
        // Two signatures at once: the second waits here, then finds the first.
        await executeInTransaction(tx, sql`select id from client_documents where id = ${row.id} for update`)
        const current = (await tx.payload.findByID({ collection: 'client-documents', id: row.id, depth: 0, overrideAccess: true, req: tx })) as Row
        if (isSigned(current) || current.sha256 !== row.sha256) throw new APIError(translate(requestLocale(req), 'documents.sign.alreadySigned'), 409, null, true)
        await tx.payload.update({
          collection: 'client-documents',
          id: row.id,
          overrideAccess: true,
          context: DOCUMENT_SIGNATURE_CONTEXT,
          req: tx,
          data: { signature: { ...evidence, signedCopySha256: stored.sha256 }, signedFile: stored.file } as never,
        })
        await notifySigned(tx, {
          documentId: row.id,
          title: row.title,
          signedAt: evidence.signedAt,
          investor: { id: user.id, name: accountName },
          advisor: branding.advisor ? { id: branding.advisor.id, name: branding.advisor.name } : null,
        })
      })
    } catch (error) {
      await discardDocumentPdf(stored.file)
      throw error
    }
    const document = await req.payload.findByID({ collection: 'client-documents', id: row.id, depth: 0, overrideAccess: false, user, req })
    return Response.json({ document }, { status: 200, headers: noStore })
  },
}
