import { beforeAll, describe, expect, it } from 'vitest'
import type { PayloadRequest } from 'payload'
import { createCast, type Cast } from '../../tests/support/accounts'
import { makePlan, PATRIMOINE, subscribe } from '../../tests/support/entitlements'
import { testPayload } from '../../tests/support/payload'
import { pdfText } from '../../tests/support/pdfText'
import { rest } from '../../tests/support/rest'
import { bilanPreflight, renderBilan } from '../src/documents/bilan'

/**
 * The advisor's comment printed in the client's bilan, over real HTTP on
 * the real database: written by the client's advisor (never another's),
 * one per client, read by the client; and the bilan that prints it, made
 * from the client's stored records, behind the `documentsBilan` entitlement.
 */

const paragraph = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] },
})

let cast: Cast
let commentId: number
beforeAll(async () => {
  cast = await createCast()
})

describe('the advisor’s comment', () => {
  it('is written by the client’s advisor, who is recorded as its author whatever the request says', async () => {
    const { status, body } = await rest('POST', '/advisor-comments', {
      token: cast.advisor.token,
      body: { investor: cast.investor.id, body: paragraph('Votre épargne de précaution est solide.'), updatedBy: cast.admin.id },
    })
    expect(status).toBe(201)
    commentId = body.doc.id
    const stored = await (await testPayload()).findByID({ collection: 'advisor-comments', id: commentId, depth: 0, overrideAccess: true })
    expect(stored.updatedBy).toBe(cast.advisor.id)
  })

  it('refuses another advisor at the field, in French, and a second comment for the same client', async () => {
    const other = await rest('POST', '/advisor-comments', {
      token: cast.otherAdvisor.token,
      headers: { 'Accept-Language': 'fr' },
      body: { investor: cast.investor.id, body: paragraph('Intrus') },
    })
    expect(other.status).toBe(400)
    expect(other.body.errors[0].data?.errors ?? other.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'investor', message: 'Vous ne pouvez commenter que vos propres clients.' })]),
    )
    const twice = await rest('POST', '/advisor-comments', { token: cast.admin.token, body: { investor: cast.investor.id, body: paragraph('Doublon') } })
    expect(twice.status).toBe(400)
  })

  it('is read by the client and their advisor only, and changed by the advisor, not the client', async () => {
    const mine = await rest('GET', `/advisor-comments?where[investor][equals]=${cast.investor.id}`, { token: cast.investor.token })
    expect(mine.body.docs.map((doc: { id: number }) => doc.id)).toEqual([commentId])
    for (const outsider of [cast.otherInvestor, cast.otherAdvisor, cast.editor]) {
      const seen = await rest('GET', `/advisor-comments/${commentId}`, { token: outsider.token })
      expect([403, 404]).toContain(seen.status)
    }
    expect((await rest('PATCH', `/advisor-comments/${commentId}`, { token: cast.investor.token, body: { body: paragraph('Réécrit') } })).status).toBe(403)
    const edited = await rest('PATCH', `/advisor-comments/${commentId}`, { token: cast.advisor.token, body: { body: paragraph('Transmission à organiser en 2027.') } })
    expect(edited.status).toBe(200)
  })
})

describe('the bilan made from the stored records', () => {
  const requestOf = async (userId: number) => {
    const payload = await testPayload()
    const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true })
    return { payload, req: { payload, user: { ...user, collection: 'users' } } as unknown as PayloadRequest }
  }

  it('is locked for an investor whose plan does not include it, open with the plan, always open to staff', async () => {
    const { payload, req } = await requestOf(cast.investor.id)
    expect(await bilanPreflight(payload, cast.investor.id, req)).toEqual({ status: 403, messageKey: 'documents.bilan.locked' })
    const advisor = await requestOf(cast.advisor.id)
    expect(await bilanPreflight(payload, cast.investor.id, advisor.req)).toBeNull()
    await subscribe(cast.investor, (await makePlan('Patrimoine', PATRIMOINE)).id)
    expect(await bilanPreflight(payload, cast.investor.id, req)).toBeNull()
  })

  it('prints the client’s assets, their history and the advisor’s latest comment, reporting its steps', async () => {
    const payload = await testPayload()
    for (const [category, label, valueCents] of [['current-account', 'Compte courant Crédit Mutuel', 1_234_500], ['life-insurance-euro', 'Contrat Linxea', 8_000_000]] as const) {
      await payload.create({ collection: 'assets', overrideAccess: true, data: { owner: cast.investor.id, kind: 'asset', category, label, valueCents } as never })
    }
    const { req } = await requestOf(cast.advisor.id)
    const stages: string[] = []
    const rendered = await renderBilan({ payload, req, investorId: cast.investor.id, documentId: 0, locale: 'fr', progress: async (_pct, stage) => void stages.push(stage) })
    expect(stages).toEqual(['documents.stage.data', 'documents.stage.charts', 'documents.stage.render'])
    expect(rendered.pageCount).toBeGreaterThanOrEqual(3)
    const text = (await pdfText(rendered.bytes)).replace(/\s+/g, ' ')
    expect(text).toContain('Compte courant Crédit Mutuel')
    // 12 345 + 80 000 = 92 345 € gross.
    expect(text).toContain('92 345,00 €')
    expect(text).toContain('Transmission à organiser en 2027.')
    expect(text).toContain('Évolution du patrimoine net sur 24 mois')
  })
})
