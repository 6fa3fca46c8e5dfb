import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, type Account } from '../../tests/support/accounts'
import { readyDocument } from '../../tests/support/documents'
import { testPayload } from '../../tests/support/payload'
import { pdfText } from '../../tests/support/pdfText'
import { enrolTotp, rest } from '../../tests/support/rest'
import { testEnv } from '../../tests/support/env'
import { nextTotpCode } from '../../tests/support/twoFactor'
import { FORWARD_KEY } from '../../tests/support/visitor'

/**
 * POST /api/client-documents/:id/sign (docs/decisions/042-electronic-signature.md)
 * over real HTTP: only the investor it concerns, name + consent + password
 * (or TOTP), evidence stored once, the signed copy = the original's pages +
 * a signature page, the advisor told.
 */

const fieldErrors = (body: any): Record<string, string> =>
  Object.fromEntries((body?.errors?.[0]?.data?.errors ?? []).map((e: any) => [e.path, e.message]))

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const clientOf = async () => {
  const advisor = await createAccount('advisor')
  const investor = await createAccount('investor', { advisor: advisor.id, name: 'Élise d’Artois' })
  return { advisor, investor }
}

const sign = (account: Account, id: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  rest('POST', `/client-documents/${id}/sign`, { token: account.token, body, headers })

const pdf = async (account: Account, id: number, signed = false) => {
  const response = await fetch(`${testEnv.cmsUrl}/api/client-documents/${id}/pdf${signed ? '?copy=signed' : ''}`, { headers: { Authorization: `JWT ${account.token}` } })
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) }
}

describe('signing a client document', () => {
  it('refuses a wrong name, a missing consent and a wrong password at their fields, and counts the wrong password', async () => {
    const { investor } = await clientOf()
    const doc = await readyDocument(investor.id)
    const nothing = await sign(investor, doc.id, {})
    expect(nothing.status).toBe(400)
    expect(fieldErrors(nothing.body).name).toMatch(/Tapez votre nom complet/)
    expect(fieldErrors(nothing.body).consent).toMatch(/Cochez la case/)

    const otherName = await sign(investor, doc.id, { name: 'Élise Martin', consent: true, password: TEST_PASSWORD })
    expect(otherName.status).toBe(400)
    expect(fieldErrors(otherName.body).name).toBe('Le nom tapé doit être celui de votre compte : Élise d’Artois.')

    const noPassword = await sign(investor, doc.id, { name: 'elise d’artois', consent: true })
    expect(fieldErrors(noPassword.body).password).toMatch(/Indiquez votre mot de passe/)

    const wrong = await sign(investor, doc.id, { name: 'elise d’artois', consent: true, password: 'not-the-password-42' })
    expect(wrong.status).toBe(400)
    expect(fieldErrors(wrong.body).password).toBe('Ce mot de passe n’est pas le bon.')
    const payload = await testPayload()
    const user = await payload.db.findOne<{ id: number; loginAttempts?: number }>({ collection: 'users', where: { id: { equals: investor.id } } })
    expect(user?.loginAttempts).toBe(1)
    const row = await payload.findByID({ collection: 'client-documents', id: doc.id, overrideAccess: true, depth: 0 })
    expect(row.signature?.signedAt ?? null).toBeNull()
  })

  it('is 404 to anyone but the investor it concerns — another investor, their advisor — and 401 without a session', async () => {
    const { advisor, investor } = await clientOf()
    const other = await createAccount('investor', { advisor: advisor.id })
    const doc = await readyDocument(investor.id)
    const body = { name: 'Test investor', consent: true, password: TEST_PASSWORD }
    expect((await sign(other, doc.id, body)).status).toBe(404)
    expect((await sign(advisor, doc.id, { ...body, name: 'Test advisor' })).status).toBe(404)
    expect((await rest('POST', `/client-documents/${doc.id}/sign`, { body })).status).toBe(401)
    expect((await sign(investor, 999_999_999, body)).status).toBe(404)
  })

  it('refuses a bilan (not signable) and a document still being prepared (409)', async () => {
    const { investor } = await clientOf()
    const body = { name: 'Élise d’Artois', consent: true, password: TEST_PASSWORD }
    const bilan = await readyDocument(investor.id, 'bilan')
    const refused = await sign(investor, bilan.id, body)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/ne se signe pas/)
    const rendering = await readyDocument(investor.id, 'der', { status: 'rendering' })
    expect((await sign(investor, rendering.id, body)).status).toBe(409)
  })

  it('records the evidence, serves a signed copy of the original pages plus the signature page, tells the advisor, and never signs twice', async () => {
    const { advisor, investor } = await clientOf()
    const doc = await readyDocument(investor.id, 'lettreMission', { body: 'Honoraires forfaitaires : 1 200 € par an.' })
    const served = await pdf(investor, doc.id)
    expect(sha(served.bytes)).toBe(doc.sha)

    const browser = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36'
    const signed = await sign(
      investor,
      doc.id,
      { name: '  ELISE d\'artois ', consent: true, password: TEST_PASSWORD },
      { 'x-atlas-client-ip': '198.51.100.23', 'x-atlas-forward-key': FORWARD_KEY, 'x-atlas-client-user-agent': browser },
    )
    expect(signed.status).toBe(200)
    const signature = signed.body.document.signature
    expect(signature).toMatchObject({ signerName: 'ELISE d\'artois', method: 'password', ip: '198.51.100.23', userAgent: browser, signedSha256: doc.sha })
    expect(Date.now() - Date.parse(signature.signedAt)).toBeLessThan(60_000)
    expect(signed.body.document.file).toBeUndefined()
    expect(signed.body.document.signedFile).toBeUndefined()

    const copy = await pdf(investor, doc.id, true)
    expect(copy.status).toBe(200)
    expect(sha(copy.bytes)).toBe(signature.signedCopySha256)
    const text = await pdfText(copy.bytes)
    // The original's pages come first, as they were: its cover and its text.
    expect(text).toContain('Honoraires forfaitaires : 1 200 € par an.')
    expect(text).toContain(`Page ${doc.pageCount} / ${doc.pageCount}`)
    // Then the signature page, numbered after them, with the evidence and the consent.
    expect(text).toContain(`Page ${doc.pageCount + 1} / ${doc.pageCount + 1}`)
    expect(text).toContain('Page de signature')
    expect(text).toContain(`Le document « ${doc.title} » (version 1, ${doc.pageCount} page(s) avant celle-ci)`)
    expect(text).toContain('ELISE d\'artois')
    expect(text).toContain('Mot de passe du compte')
    expect(text).toContain('198.51.100.23')
    expect(text).toContain('Chrome/131.0')
    expect(text).toContain(doc.sha)
    expect(text).toContain('J’ai lu l’intégralité de ce document')
    expect(text).toMatch(/\d{1,2} \S+ 20\d\d à \d\d:\d\d:\d\d/)
    // The original is still served as it was.
    expect(sha((await pdf(investor, doc.id)).bytes)).toBe(doc.sha)

    const payload = await testPayload()
    const told = await payload.find({ collection: 'notifications', overrideAccess: true, where: { recipient: { equals: advisor.id }, event: { equals: 'documentSigned' } } })
    expect(told.docs).toHaveLength(1)
    expect(told.docs[0]!.title).toBe(`Élise d’Artois a signé « ${doc.title} »`)
    expect(told.docs[0]!.link).toMatch(new RegExp(`/admin/clients/${investor.id}$`))
    const receipt = await payload.find({ collection: 'notifications', overrideAccess: true, where: { recipient: { equals: investor.id }, event: { equals: 'documentSignatureConfirmed' } } })
    expect(receipt.docs[0]?.link).toBe(`/portail/documents/${doc.id}`)

    const again = await sign(investor, doc.id, { name: 'Élise d’Artois', consent: true, password: TEST_PASSWORD })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe('Ce document est déjà signé : une signature ne se modifie pas.')
    // Immutable through the API, and for server code writing without the signature's context.
    expect((await rest('PATCH', `/client-documents/${doc.id}`, { token: investor.token, body: { title: 'Autre' } })).status).toBe(403)
    await expect(payload.update({ collection: 'client-documents', id: doc.id, overrideAccess: true, data: { signature: { signerName: 'Autre' } } as never })).rejects.toThrow()
    const row = await payload.findByID({ collection: 'client-documents', id: doc.id, overrideAccess: true, depth: 0 })
    expect(row.signature?.signerName).toBe('ELISE d\'artois')
  })

  it('believes the forwarded browser and IP only with web’s key', async () => {
    const { investor } = await clientOf()
    const doc = await readyDocument(investor.id, 'der')
    const signed = await sign(
      investor,
      doc.id,
      { name: 'Élise d’Artois', consent: true, password: TEST_PASSWORD },
      { 'x-atlas-client-ip': '203.0.113.9', 'x-atlas-forward-key': 'not-the-key', 'x-atlas-client-user-agent': 'Forged/1.0', 'user-agent': 'RealClient/2.0' },
    )
    expect(signed.status).toBe(200)
    expect(signed.body.document.signature.userAgent).toBe('RealClient/2.0')
    expect(signed.body.document.signature.ip).not.toBe('203.0.113.9')
  })

  it('signs one at a time: of two simultaneous signatures, one is recorded, the other is 409', async () => {
    const { investor } = await clientOf()
    const doc = await readyDocument(investor.id, 'der')
    const body = { name: 'Élise d’Artois', consent: true, password: TEST_PASSWORD }
    const answers = await Promise.all([sign(investor, doc.id, body), sign(investor, doc.id, body)])
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
  })

  it('asks for the 6-digit code instead of the password when the investor has two-factor on', async () => {
    const { investor } = await clientOf()
    await enrolTotp(investor.email, investor.token)
    const doc = await readyDocument(investor.id, 'adequation')
    const body = { name: 'Élise d’Artois', consent: true }
    const withPassword = await sign(investor, doc.id, { ...body, password: TEST_PASSWORD })
    expect(withPassword.status).toBe(400)
    expect(fieldErrors(withPassword.body).code).toBeTruthy()
    const wrong = await sign(investor, doc.id, { ...body, code: '000000' })
    expect(fieldErrors(wrong.body).code).toBeTruthy()
    const signed = await sign(investor, doc.id, { ...body, code: await nextTotpCode(investor.email) })
    expect(signed.status).toBe(200)
    expect(signed.body.document.signature.method).toBe('totp')
  })
})
