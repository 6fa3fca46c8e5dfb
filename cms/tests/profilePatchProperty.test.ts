import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * Malformed answers at PATCH /api/profiles/:id: whatever the shape, the cms
 * answers without a 5xx, and a refused write leaves the profile as it was.
 */
let investor: Account
let profileId: number

const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', 'FR', '1980-05-17', 'salary', 'monthly', 'never', 'yolo', '12,5', '1e400'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('amountCents', 'source', 'label', 'frequency', 'productClass', 'lossPct'), fc.jsonValue({ maxDepth: 1 })),
)
const section = fc.oneof(junk, fc.array(junk, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 4 }))
const keys = fc.constantFrom(
  'identity', 'work', 'income', 'expenses', 'knowledge', 'objectives', 'riskTolerance', 'capacity', 'sustainability',
  'status', 'riskScore', 'completionPct', 'owner', 'validatedAt',
)
const body = fc.dictionary(keys, section, { minKeys: 1, maxKeys: 4 })

const snapshot = async () => {
  const doc = await (await testPayload()).findByID({ collection: 'profiles', id: profileId, depth: 0, overrideAccess: true })
  const { updatedAt: _u, ...rest } = doc as unknown as Record<string, unknown>
  return rest
}

beforeAll(async () => {
  investor = await createAccount('investor')
  profileId = (await rest('GET', '/profiles?limit=1&depth=0', { token: investor.token })).body.docs[0].id
  await rest('PATCH', `/profiles/${profileId}`, { token: investor.token, body: { capacity: { lossPct: 40 } } })
})

describe('PATCH /api/profiles/:id with malformed answers', () => {
  it('never answers 5xx, and a refusal changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (patch) => {
        const before = await snapshot()
        const { status, body: answer } = await rest('PATCH', `/profiles/${profileId}?depth=0`, { token: investor.token, body: patch })
        expect(status, JSON.stringify({ patch, answer })).toBeLessThan(500)
        if (status !== 200) expect(await snapshot()).toEqual(before)
      }),
      { numRuns: 60 },
    )
  })
})
