import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demoAccounts'
import { testEnv } from '../../tests/support/env'
import { testPayload } from '../../tests/support/payload'
import { login, rest } from '../../tests/support/rest'

/*
 * The demo (seeded into the test stack's database) is ready for issue #14's documents: Camille, the validated client,
 * has her advisor's comment and a final recommendation, so her advisor can make the rapport d'adéquation at once.
 */
describe('the demo’s documents', () => {
  it('Camille has her advisor’s comment and a final recommendation; her advisor generates the rapport d’adéquation and sees it on her page', async () => {
    const payload = await testPayload()
    const byEmail = async (email: string) => (await payload.find({ collection: 'users', overrideAccess: true, depth: 0, where: { email: { equals: email } } })).docs[0]!
    const advisor = await byEmail(DEMO_ACCOUNTS.advisor.email)
    const camille = await byEmail(DEMO_ACCOUNTS.investors[0].email)

    // Slugs of other branches of issue #14 (bilan, adequation): typed once their generated types are merged.
    const rows = async (collection: string, where: Where) =>
      (await payload.find({ collection: collection as never, overrideAccess: true, depth: 0, where })).docs as unknown as Record<string, any>[]
    const comments = await rows('advisor-comments', { investor: { equals: camille.id } })
    expect(comments).toHaveLength(1)
    expect(comments[0]).toMatchObject({ updatedBy: advisor.id })
    expect(JSON.stringify(comments[0]!.body)).toContain('épargne de précaution')

    const finals = await rows('recommendations', { and: [{ investor: { equals: camille.id } }, { status: { equals: 'final' } }] })
    expect(finals).toHaveLength(1)
    expect(finals[0]).toMatchObject({ finalisedBy: advisor.id, createdBy: advisor.id })
    expect(finals[0]!.products.map((p: { isin: string | null }) => p.isin)).toEqual([null, 'FR0010135103', 'FR0000284689', 'LU1681043599'])

    const token = await login(advisor.email, DEMO_PASSWORD)
    const generated = await rest('POST', '/client-documents/generate', { token, body: { investor: camille.id, kind: 'adequation' } })
    expect(generated.status, JSON.stringify(generated.body)).toBe(202)
    const id = generated.body.document.id as number
    let status = 'queued'
    for (let i = 0; i < 120 && (status === 'queued' || status === 'rendering'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = (await rest('GET', `/client-documents/${id}?depth=0`, { token })).body.status
    }
    expect(status).toBe('ready')

    const response = await fetch(`${testEnv.cmsUrl}/admin/clients/${camille.id}`, { headers: { Authorization: `JWT ${token}` }, redirect: 'manual' })
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain(`/api/client-documents/${id}/pdf`)
    expect(page).toContain(`href="/admin/collections/advisor-comments/${comments[0]!.id}"`)
  })
})
