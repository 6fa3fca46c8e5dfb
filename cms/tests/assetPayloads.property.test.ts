import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * Malformed bodies thrown at POST /api/assets and PATCH /api/assets/:id over
 * REST: never a 5xx, and a refusal writes nothing (no asset, no valuation,
 * the stored document unchanged).
 */

const junk = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(null, true, false, '', '   ', -1, 0.5, 1e300, -0, '12,50', '1e3', 'NaN', 'BTC', 'crypto', 'liability'),
  fc.constantFrom('livret-a', 'pea', 'mortgage', 'licorne', 'asset', 'full', 'bare', '2999-01-01', 'pas une date'),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), {
    maxKeys: 3,
  }),
)

const FIELDS = [
  'kind', 'category', 'label', 'institution', 'valueCents', 'contributionsCents', 'openedAt',
  'ownership', 'ownershipSharePct', 'cryptoSymbol', 'cryptoQuantity', 'owner', 'id', 'createdAt', '__proto__x',
  'financedAsset', 'monthlyPaymentCents', 'endsAt',
] as const

/** A body built from a valid one, with some fields replaced by junk and some removed. */
const body = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...FIELDS), junk, { maxKeys: 4 }),
    fc.subarray(['kind', 'category', 'label', 'valueCents'] as const),
  )
  .map(([changes, removed]) => {
    const base: Record<string, unknown> = { kind: 'asset', category: 'ldds', label: 'LDDS', valueCents: 500_000 }
    for (const key of removed) delete base[key]
    return { ...base, ...changes }
  })

const snapshot = async (owner: number) => {
  const payload = await testPayload()
  const assets = await payload.find({
    collection: 'assets', where: { owner: { equals: owner } }, overrideAccess: true, pagination: false, sort: 'id', depth: 0,
  })
  const valuations = await payload.count({ collection: 'asset-valuations', where: { owner: { equals: owner } }, overrideAccess: true })
  return { assets: assets.docs.map(({ updatedAt: _u, ...doc }) => doc), valuations: valuations.totalDocs }
}

describe('malformed asset payloads over REST', () => {
  let investor: Account
  let target: number
  beforeAll(async () => {
    investor = await createAccount('investor')
    const created = await rest('POST', '/assets', {
      token: investor.token,
      body: { kind: 'asset', category: 'pea', label: 'PEA', valueCents: 1_000_000, contributionsCents: 800_000 },
    })
    target = created.body.doc.id
  })

  it('POST never answers 5xx and a refusal creates nothing', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (sent) => {
        const before = await snapshot(investor.id)
        const { status, body: answer } = await rest('POST', '/assets', { token: investor.token, body: sent })
        expect(status, JSON.stringify({ sent, answer })).toBeLessThan(500)
        if (status === 201) {
          expect(typeof answer.doc.label, 'an accepted label is text').toBe('string')
          // accepted: clean up so the next case compares against the same state
          await rest('DELETE', `/assets/${answer.doc.id}`, { token: investor.token })
          return
        }
        expect(status).toBe(400)
        expect(await snapshot(investor.id)).toEqual(before)
      }),
      { numRuns: 60 },
    )
  })

  it('PATCH never answers 5xx and a refusal leaves the document as it was', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (sent) => {
        const before = await snapshot(investor.id)
        const { status, body: answer } = await rest('PATCH', `/assets/${target}`, { token: investor.token, body: sent })
        expect(status, JSON.stringify({ sent, answer })).toBeLessThan(500)
        if (status === 200) {
          // accepted: put the original back for the next case
          const original = before.assets.find((doc) => doc.id === target)!
          const { id: _id, createdAt: _c, owner: _o, ...fields } = original as Record<string, unknown>
          const restore = await rest('PATCH', `/assets/${target}`, { token: investor.token, body: fields })
          expect(restore.status, JSON.stringify(restore.body)).toBe(200)
          return
        }
        expect([400, 404]).toContain(status)
        expect(await snapshot(investor.id)).toEqual(before)
      }),
      { numRuns: 60 },
    )
  })
})
