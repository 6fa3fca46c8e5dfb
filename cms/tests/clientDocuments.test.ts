import { createHash } from 'node:crypto'
import { stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createElement as h } from 'react'
import { Text } from '@react-pdf/renderer'
import { beforeAll, describe, expect, it } from 'vitest'
import { translate } from '@atlas/shared/i18n'
import type { ClientDocument } from '@atlas/shared/payload-types'
import { createAccount, createCast, type Account, type Cast } from '../../tests/support/accounts'
import { ESSENTIEL, makePlan, PATRIMOINE, subscribe } from '../../tests/support/entitlements'
import { testEnv } from '../../tests/support/env'
import { testPayload } from '../../tests/support/payload'
import { pdfText } from '../../tests/support/pdfText'
import { rest } from '../../tests/support/rest'
import { asVisitor } from '../../tests/support/visitor'
import { BrandedPage, CoverPage, DocumentFrame } from '../src/documents/pdf/DocumentFrame'
import { loadBranding } from '../src/documents/pdf/firmBranding'
import { renderPdf } from '../src/documents/pdf/renderPdf'
import type { DocumentRenderer } from '../src/documents/renderers'
import { renderClientDocument } from '../src/documents/renderJob'
import { releaseStaleRenders, STALE_RENDER_MS } from '../src/documents/releaseStaleRenders'
import { documentsDir, storeDocumentPdf } from '../src/documents/store'
import { queuedDocument, readyDocument } from './clientDocumentFixtures'

/**
 * Client documents (docs/decisions/038-client-documents.md) over the real
 * stack: who reads and downloads whose, who may ask for which, versions
 * that never overwrite (ten requests at once too), the job's progress up
 * to a PDF whose bytes match the recorded SHA-256, and rows that no API
 * call — nor server code without the job's or the signature's flag — changes.
 */
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const download = async (id: number, token?: string, query = '') => {
  const response = await fetch(`${testEnv.cmsUrl}/api/client-documents/${id}/pdf${query}`, {
    headers: { ...asVisitor(), ...(token ? { Authorization: `JWT ${token}` } : {}) },
  })
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) }
}

const generate = (token: string | undefined, body: unknown) => rest('POST', '/client-documents/generate', { token, body })

/** Polls the row through REST as `token` until it is ready or failed. */
async function settled(id: number, token: string): Promise<Record<string, any>> {
  const until = Date.now() + 30_000
  for (;;) {
    const { body } = await rest('GET', `/client-documents/${id}`, { token })
    if (body?.status === 'ready' || body?.status === 'failed' || Date.now() > until) return body
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** A two-page PDF with the shared frame, for renderers written by the tests. */
const framePdf: DocumentRenderer = async (ctx) => {
  const branding = await loadBranding(ctx.payload, ctx.investorId, ctx.req)
  const common = { branding, title: 'Document de test', locale: ctx.locale }
  return renderPdf(h(DocumentFrame, common, h(CoverPage, { ...common, date: new Date() }), h(BrandedPage, common, h(Text, null, `Document ${ctx.documentId}`))) as never)
}

let cast: Cast
beforeAll(async () => {
  cast = await createCast()
})

describe('reading client documents', () => {
  let doc: ClientDocument
  beforeAll(async () => {
    doc = await readyDocument(await testPayload(), cast.investor.id)
  })

  it('lets the investor, their advisor and admins list, count, read and download it; nobody else', async () => {
    const allowed = { investor: true, otherInvestor: false, advisor: true, otherAdvisor: false, editor: false, admin: true } as const
    for (const [role, yes] of Object.entries(allowed)) {
      const token = cast[role as keyof Cast].token
      const list = await rest('GET', `/client-documents?where[id][equals]=${doc.id}`, { token })
      const count = await rest('GET', `/client-documents/count?where[id][equals]=${doc.id}`, { token })
      const byId = await rest('GET', `/client-documents/${doc.id}`, { token })
      const { response } = await download(doc.id, token)
      expect([role, list.body.docs?.length ?? 0, count.body.totalDocs ?? 0, byId.status === 200, response.status]).toEqual([role, yes ? 1 : 0, yes ? 1 : 0, yes, yes ? 200 : 404])
    }
    const anonymous = await download(doc.id)
    expect(anonymous.response.status).toBe(404)
    expect((await rest('GET', `/client-documents/${doc.id}`)).status).not.toBe(200)
  })

  it('serves the stored bytes as an attachment, never cached, matching the SHA-256; hides the file names', async () => {
    const { response, bytes } = await download(doc.id, cast.investor.token)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="bilan-v${doc.version}.pdf"`)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(sha(bytes)).toBe(doc.sha256)
    expect(bytes.length).toBe(doc.byteSize)
    const { body } = await rest('GET', `/client-documents/${doc.id}`, { token: cast.admin.token })
    expect(body).not.toHaveProperty('file')
    expect(body).not.toHaveProperty('signedFile')
    expect(body.signature).toBeNull()
    expect(body.investor).toBe(cast.investor.id)
  })

  it('stores the PDF privately (mode 0600, outside the media directory)', async () => {
    const payload = await testPayload()
    const stored = (await payload.findByID({ collection: 'client-documents', id: doc.id, overrideAccess: true })) as ClientDocument
    const file = await stat(path.join(documentsDir(), stored.file!))
    expect(file.mode & 0o777).toBe(0o600)
    expect(stored.file).toMatch(new RegExp(`^${doc.id}-v${doc.version}-bilan-${doc.sha256!.slice(0, 12)}\\.pdf$`))
  })

  it('answers 404 for a signed copy before signing, for an unknown id, and the same for a foreign one', async () => {
    const unsigned = await download(doc.id, cast.investor.token, '?copy=signed')
    expect(unsigned.response.status).toBe(404)
    expect((await rest('GET', `/client-documents/${doc.id}/pdf?copy=signed`, { token: cast.investor.token })).body.errors[0].message).toBe(
      translate('fr', 'documents.errors.notSigned'),
    )
    const unknown = await rest('GET', '/client-documents/999999999/pdf', { token: cast.admin.token })
    const foreign = await rest('GET', `/client-documents/${doc.id}/pdf`, { token: cast.otherInvestor.token })
    expect([unknown.status, foreign.status]).toEqual([404, 404])
    expect(foreign.body).toEqual(unknown.body)
  })
})

describe('POST /api/client-documents/generate', () => {
  it('refuses, with a localized message at the field, whoever may not ask', async () => {
    const body = { investor: cast.investor.id, kind: 'bilan' }
    const anonymous = await generate(undefined, body)
    const editor = await generate(cast.editor.token, body)
    const otherAdvisor = await generate(cast.otherAdvisor.token, body)
    const otherInvestor = await generate(cast.otherInvestor.token, body)
    const notBilan = await generate(cast.investor.token, { investor: cast.investor.id, kind: 'lettreMission' })
    const unknown = await generate(cast.admin.token, { investor: 999_999_999, kind: 'bilan' })
    const staff = await generate(cast.admin.token, { investor: cast.advisor.id, kind: 'bilan' })
    expect([anonymous, editor, otherAdvisor, otherInvestor, notBilan, unknown, staff].map((r) => r.status)).toEqual([401, 403, 404, 404, 403, 404, 404])
    expect(notBilan.body.errors[0]).toMatchObject({ path: 'kind', message: translate('fr', 'documents.errors.investorOwnBilan') })
    expect(otherAdvisor.body.errors[0]).toMatchObject({ path: 'investor', message: translate('fr', 'documents.errors.investorNotFound') })
    const { totalDocs } = await (await testPayload()).count({ collection: 'client-documents', overrideAccess: true, where: { investor: { equals: cast.otherInvestor.id } } })
    expect(totalDocs).toBe(0)
  })

  it('answers 400 at `kind` or `investor` for a bad body, never a 500', async () => {
    const cases = [
      [{ investor: cast.investor.id, kind: 'testament' }, 'kind'],
      [{ investor: cast.investor.id }, 'kind'],
      [{ investor: String(cast.investor.id), kind: 'bilan' }, 'investor'],
      [{ investor: -1, kind: 'bilan' }, 'investor'],
      [{ kind: 'bilan' }, 'investor'],
      [[1, 2], 'investor'],
    ] as const
    for (const [body, field] of cases) {
      const answer = await generate(cast.advisor.token, body)
      expect([answer.status, answer.body.errors[0].path]).toEqual([400, field])
      expect(answer.body.errors[0].data.errors[0].path).toBe(field)
    }
    const english = await createAccount('advisor', { locale: 'en' })
    const inEnglish = await generate(english.token, { investor: cast.investor.id, kind: 'x' })
    expect(inEnglish.body.errors[0].message).toBe(translate('en', 'documents.errors.kind'))
  })

  it('queues a new version each time: 202, versions 1 and 2, both kept and downloadable', async () => {
    const investor = await createAccount('investor', { advisor: cast.advisor.id })
    const first = await generate(cast.advisor.token, { investor: investor.id, kind: 'bilan' })
    expect(first.status).toBe(202)
    expect(first.body.document).toMatchObject({ investor: investor.id, kind: 'bilan', version: 1, title: 'Bilan patrimonial — version 1', requestedBy: cast.advisor.id, signature: null })
    expect(['queued', 'rendering', 'ready']).toContain(first.body.document.status)
    const jobs = await (await testPayload()).find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { and: [{ taskSlug: { equals: 'renderClientDocument' } }, { 'input.document': { equals: first.body.document.id } }] },
    })
    expect(jobs.docs.map((job) => job.queue)).toEqual(['default'])
    const second = await generate(cast.advisor.token, { investor: investor.id, kind: 'bilan' })
    expect(second.body.document.version).toBe(2)
    expect(second.body.document.id).not.toBe(first.body.document.id)
    const rows = await Promise.all([settled(first.body.document.id, investor.token), settled(second.body.document.id, investor.token)])
    expect(rows.map((row) => [row.version, row.status, row.progress])).toEqual([
      [1, 'ready', 100],
      [2, 'ready', 100],
    ])
    for (const row of rows) {
      const { response, bytes } = await download(row.id, investor.token)
      expect(response.status).toBe(200)
      expect(sha(bytes)).toBe(row.sha256)
    }
    expect(rows[0]!.sha256).not.toBe(rows[1]!.sha256)
  })

  it('gives ten requests at once versions 1 to 10, then refuses an eleventh within the minute (429)', async () => {
    const admin = await createAccount('admin')
    const investor = await createAccount('investor', { advisor: cast.advisor.id })
    const answers = await Promise.all(Array.from({ length: 10 }, () => generate(admin.token, { investor: investor.id, kind: 'der' })))
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(202))
    expect(answers.map((a) => a.body.document.version).sort((a: number, b: number) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const eleventh = await generate(admin.token, { investor: investor.id, kind: 'der' })
    expect(eleventh.status).toBe(429)
    expect(eleventh.body.errors[0]).toMatchObject({ path: 'kind', message: translate('fr', 'documents.errors.rateLimited') })
  })

  it('lets an investor ask for their own bilan only with a plan that includes it (403 documents.bilan.locked otherwise)', async () => {
    const advisor = cast.advisor
    const [free, essentiel, patrimoine] = await Promise.all([
      createAccount('investor', { advisor: advisor.id }),
      createAccount('investor', { advisor: advisor.id }),
      createAccount('investor', { advisor: advisor.id }),
    ])
    await subscribe(essentiel, (await makePlan('Essentiel', ESSENTIEL)).id)
    await subscribe(patrimoine, (await makePlan('Patrimoine', PATRIMOINE)).id)
    for (const locked of [free, essentiel]) {
      const answer = await generate(locked.token, { investor: locked.id, kind: 'bilan' })
      expect(answer.status).toBe(403)
      expect(answer.body.errors[0]).toMatchObject({ path: 'kind', message: translate('fr', 'documents.bilan.locked') })
    }
    const allowed = await generate(patrimoine.token, { investor: patrimoine.id, kind: 'bilan' })
    expect(allowed.status).toBe(202)
    expect(allowed.body.document.requestedBy).toBe(patrimoine.id)
    // Staff make the bilan of a client whatever the client's plan.
    expect((await generate(advisor.token, { investor: free.id, kind: 'bilan' })).status).toBe(202)
  })
})

describe('the job that renders client documents', () => {
  it('moves the row queued → rendering (with progress) → ready, then tells the investor in the portal and by mail', async () => {
    const payload = await testPayload()
    const investor = await createAccount('investor', { advisor: cast.advisor.id })
    const queued = await queuedDocument(payload, investor.id, 'lettreMission', cast.advisor.id)
    expect((await rest('GET', `/client-documents/${queued.id}`, { token: investor.token })).body).toMatchObject({ status: 'queued', progress: 0, stage: 'documents.stage.queued' })
    const seen: unknown[] = []
    const renderer: DocumentRenderer = async (ctx) => {
      await ctx.progress(30, 'documents.stage.charts')
      const { body } = await rest('GET', `/client-documents/${queued.id}`, { token: investor.token })
      seen.push([body.status, body.progress, body.stage])
      expect(ctx.locale).toBe('fr')
      return framePdf(ctx)
    }
    const ready = await renderClientDocument(payload, queued.id, { renderer })
    expect(seen).toEqual([['rendering', 30, 'documents.stage.charts']])
    const row = (await rest('GET', `/client-documents/${queued.id}`, { token: investor.token })).body
    expect(row).toMatchObject({ status: 'ready', progress: 100, pageCount: 2, error: null })
    expect(row.readyAt).toBeTruthy()
    const { bytes } = await download(queued.id, investor.token)
    expect(sha(bytes)).toBe(ready!.sha256)
    expect(await pdfText(bytes)).toContain(`Document ${queued.id}`)
    // A second run of the same job (the cron after the immediate start) finds nothing to do.
    expect(await renderClientDocument(payload, queued.id, { renderer })).toBeNull()

    const notifications = await payload.find({ collection: 'notifications', overrideAccess: true, depth: 0, where: { dedupeKey: { equals: `document-ready:${queued.id}` } } })
    expect(notifications.docs.map((n) => [n.recipient, n.event, n.title, n.link])).toEqual([
      [investor.id, 'documentReady', 'Un document est prêt à être signé : Lettre de mission — version 1', `/portail/documents/${queued.id}`],
    ])
    const mails = await payload.find({ collection: 'emails', overrideAccess: true, where: { to: { equals: investor.email } } })
    expect(mails.docs.some((mail) => mail.subject?.includes('prêt à être signé') && mail.text?.includes(`/portail/documents/${queued.id}`))).toBe(true)
  })

  it('tells an investor who asked for their own bilan in the portal only', async () => {
    const payload = await testPayload()
    const investor = await createAccount('investor', { advisor: cast.advisor.id })
    const doc = await readyDocument(payload, investor.id, 'bilan', investor.id)
    const notifications = await payload.find({ collection: 'notifications', overrideAccess: true, depth: 0, where: { dedupeKey: { equals: `document-ready:${doc.id}` } } })
    expect(notifications.docs.map((n) => n.title)).toEqual(['Un nouveau document est disponible : Bilan patrimonial — version 1'])
    const mails = await payload.find({ collection: 'emails', overrideAccess: true, where: { to: { equals: investor.email } } })
    expect(mails.docs.filter((mail) => mail.subject?.includes('document'))).toEqual([])
  })

  it('puts a failed attempt back in the queue for the retry, and marks the last one failed with an i18n key', async () => {
    const payload = await testPayload()
    const queued = await queuedDocument(payload, cast.investor.id, 'adequation', cast.advisor.id)
    const broken: DocumentRenderer = async (ctx) => {
      await ctx.progress(20, 'documents.stage.figures')
      throw new Error('chart data missing')
    }
    await expect(renderClientDocument(payload, queued.id, { renderer: broken, lastAttempt: false })).rejects.toThrow('chart data missing')
    expect((await rest('GET', `/client-documents/${queued.id}`, { token: cast.advisor.token })).body).toMatchObject({ status: 'queued', progress: 0, stage: 'documents.stage.retrying' })
    await expect(renderClientDocument(payload, queued.id, { renderer: broken, lastAttempt: true })).rejects.toThrow('chart data missing')
    const row = (await rest('GET', `/client-documents/${queued.id}`, { token: cast.advisor.token })).body
    expect(row).toMatchObject({ status: 'failed', error: 'documents.errors.renderFailed', sha256: null })
    expect((await download(queued.id, cast.advisor.token)).response.status).toBe(409)
  })
})

describe('renders left by a stopped process', () => {
  type Drizzle = { drizzle: { execute: (query: string) => Promise<{ rows: Record<string, unknown>[] }> } }
  const execute = async (text: string) => ((await testPayload()).db as unknown as Drizzle).drizzle.execute(text)

  it('queues a row left rendering past the stale delay again, with a job, and leaves a render in progress alone', async () => {
    const payload = await testPayload()
    const [stale, live] = await Promise.all([
      queuedDocument(payload, cast.investor.id, 'der', cast.advisor.id),
      queuedDocument(payload, cast.investor.id, 'lettreMission', cast.advisor.id),
    ])
    const minutesAgo = Math.ceil(STALE_RENDER_MS / 60_000) + 1
    await execute(`update client_documents set status = 'rendering', progress = 40, updated_at = now() - interval '${minutesAgo} minutes' where id = ${stale.id}`)
    await execute(`update client_documents set status = 'rendering', progress = 40, updated_at = now() where id = ${live.id}`)
    const released = await releaseStaleRenders(payload)
    expect(released).toContain(stale.id)
    expect(released).not.toContain(live.id)
    const { rows } = await execute(`select count(*)::int as jobs from payload_jobs where task_slug = 'renderClientDocument' and (input->>'document')::int = ${stale.id}`)
    expect(rows[0]?.jobs).toBe(2)
    // Queued again: the next run renders it (the server's own runner may already have).
    const rendered = await renderClientDocument(payload, stale.id, { renderer: framePdf })
    const row = rendered ?? (await settled(stale.id, cast.advisor.token))
    expect(row.status).toBe('ready')
    expect((await rest('GET', `/client-documents/${live.id}`, { token: cast.advisor.token })).body.status).toBe('rendering')
  })
})

describe('a client document is a record', () => {
  let doc: ClientDocument
  beforeAll(async () => {
    doc = await readyDocument(await testPayload(), cast.investor.id, 'der', cast.advisor.id)
  })

  it('refuses REST PATCH and DELETE, by id and by where, to admins too', async () => {
    const token = cast.admin.token
    const patch = await rest('PATCH', `/client-documents/${doc.id}`, { token, body: { title: 'Changé', status: 'queued' } })
    const bulkPatch = await rest('PATCH', `/client-documents?where[id][equals]=${doc.id}`, { token, body: { title: 'Changé' } })
    const remove = await rest('DELETE', `/client-documents/${doc.id}`, { token })
    const bulkDelete = await rest('DELETE', `/client-documents?where[id][equals]=${doc.id}`, { token })
    const create = await rest('POST', '/client-documents', { token, body: { investor: cast.investor.id, kind: 'bilan', version: 50, title: 'Forgé' } })
    expect([patch.status, remove.status, create.status]).toEqual([403, 403, 403])
    expect(bulkPatch.body.docs ?? []).toEqual([])
    expect(bulkDelete.body.docs ?? []).toEqual([])
    const after = (await (await testPayload()).findByID({ collection: 'client-documents', id: doc.id, overrideAccess: true })) as ClientDocument
    expect([after.title, after.status, after.sha256]).toEqual([doc.title, 'ready', doc.sha256])
  })

  it('refuses server code that changes a ready row without the signature flag, and deleting it at all', async () => {
    const payload = await testPayload()
    const change = (context: Record<string, unknown>, data: Record<string, unknown>) =>
      payload.update({ collection: 'client-documents', id: doc.id, overrideAccess: true, context, data })
    await expect(change({}, { title: 'Autre' })).rejects.toMatchObject({ status: 403 })
    await expect(change({ documentJob: true }, { status: 'rendering' })).rejects.toMatchObject({ status: 403 })
    await expect(change({ documentJob: true }, { sha256: 'f'.repeat(64) })).rejects.toMatchObject({ status: 403 })
    await expect(change({ documentSignature: true }, { title: 'Autre', signature: { signedAt: new Date().toISOString() } })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'client-documents', id: doc.id, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    const after = (await payload.findByID({ collection: 'client-documents', id: doc.id, overrideAccess: true })) as ClientDocument
    expect([after.title, after.status, after.sha256, after.signature]).toEqual([doc.title, 'ready', doc.sha256, null])
  })

  it('takes the signature once, with the signature flag, and nothing after it; then serves the signed copy', async () => {
    const payload = await testPayload()
    const original = await download(doc.id, cast.investor.token)
    const copy = await storeDocumentPdf({ id: doc.id, version: doc.version, kind: 'der' }, Buffer.concat([Buffer.from(original.bytes), Buffer.from('\n% signature page\n')]), 'signed')
    const signature = {
      signedAt: new Date().toISOString(),
      signerName: 'Test investor',
      method: 'password' as const,
      ip: '198.51.100.7',
      userAgent: 'vitest',
      signedSha256: doc.sha256!,
      signedCopySha256: copy.sha256,
    }
    const signed = (await payload.update({
      collection: 'client-documents',
      id: doc.id,
      overrideAccess: true,
      context: { documentSignature: true },
      data: { signature, signedFile: copy.file },
    })) as ClientDocument
    expect(signed.signature).toMatchObject({ signerName: 'Test investor', signedSha256: doc.sha256 })
    await expect(
      payload.update({ collection: 'client-documents', id: doc.id, overrideAccess: true, context: { documentSignature: true }, data: { signature: { ...signature, signerName: 'Autre' } } }),
    ).rejects.toMatchObject({ status: 409 })
    await expect(payload.update({ collection: 'client-documents', id: doc.id, overrideAccess: true, context: { documentJob: true }, data: { progress: 50 } })).rejects.toMatchObject({ status: 403 })
    const { body } = await rest('GET', `/client-documents/${doc.id}`, { token: cast.investor.token })
    expect(body.signature).toMatchObject({ signerName: 'Test investor', method: 'password', signedCopySha256: copy.sha256 })
    const signedCopy = await download(doc.id, cast.advisor.token, '?copy=signed')
    expect(signedCopy.response.status).toBe(200)
    expect(signedCopy.response.headers.get('content-disposition')).toBe(`attachment; filename="der-v${doc.version}-signe.pdf"`)
    expect(sha(signedCopy.bytes)).toBe(copy.sha256)
    // The original is still the one that was signed.
    expect(sha((await download(doc.id, cast.investor.token)).bytes)).toBe(doc.sha256)
    expect((await download(doc.id, cast.otherInvestor.token, '?copy=signed')).response.status).toBe(404)
  })

  it('never serves bytes that no longer match the recorded SHA-256', async () => {
    const payload = await testPayload()
    const altered = await readyDocument(payload, cast.investor.id, 'bilan', cast.advisor.id)
    const stored = (await payload.findByID({ collection: 'client-documents', id: altered.id, overrideAccess: true })) as ClientDocument
    await writeFile(path.join(documentsDir(), stored.file!), Buffer.from('%PDF-1.4 altered'))
    const answer = await rest('GET', `/client-documents/${altered.id}/pdf`, { token: cast.investor.token })
    expect(answer.body.errors[0].message).toBe(translate('fr', 'documents.errors.fileMissing'))
  })

  it('keeps an account that has documents from being deleted (409, localized)', async () => {
    const removal = await rest('DELETE', `/users/${cast.investor.id}`, { token: cast.admin.token })
    expect(removal.status).toBe(409)
    expect(JSON.stringify(removal.body)).toContain(translate('fr', 'errors.user.hasDocuments'))
  })
})
