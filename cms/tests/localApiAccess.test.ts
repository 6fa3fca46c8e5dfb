import { beforeAll, describe, expect, it } from 'vitest'
import { createCast, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'

/**
 * The same access functions hold through Payload's Local API when a caller
 * asks for them (overrideAccess: false with a user) — what server code such
 * as jobs and endpoints acting for a person must use.
 */
let cast: Cast
let investorAsset: number
beforeAll(async () => {
  cast = await createCast()
  const payload = await testPayload()
  investorAsset = (
    await payload.create({
      collection: 'assets',
      overrideAccess: true,
      data: { owner: cast.investor.id, kind: 'asset', category: 'pea', label: 'PEA local', valueCents: 42_000 },
    })
  ).id as number
})

const userDoc = async (id: number) => (await testPayload()).findByID({ collection: 'users', id, overrideAccess: true })

describe('Local API with access enforced', () => {
  it('an investor finds only their own assets', async () => {
    const payload = await testPayload()
    const mine = await payload.find({ collection: 'assets', overrideAccess: false, user: await userDoc(cast.investor.id), limit: 100 })
    expect(mine.docs.map((d) => d.id)).toContain(investorAsset)
    const theirs = await payload.find({ collection: 'assets', overrideAccess: false, user: await userDoc(cast.otherInvestor.id), limit: 100 })
    expect(theirs.docs.map((d) => d.id)).not.toContain(investorAsset)
  })

  it('another investor cannot update or delete it, and it stays as it was', async () => {
    const payload = await testPayload()
    const intruder = await userDoc(cast.otherInvestor.id)
    await expect(
      payload.update({ collection: 'assets', id: investorAsset, data: { label: 'Piraté' }, overrideAccess: false, user: intruder }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: 'assets', id: investorAsset, overrideAccess: false, user: intruder })).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'assets', id: investorAsset, overrideAccess: true })
    expect(stored.label).toBe('PEA local')
  })

  it('the advisor reads their client’s assets but cannot change them; an editor reads none', async () => {
    const payload = await testPayload()
    const advisor = await userDoc(cast.advisor.id)
    const seen = await payload.findByID({ collection: 'assets', id: investorAsset, overrideAccess: false, user: advisor })
    expect(seen.id).toBe(investorAsset)
    await expect(
      payload.update({ collection: 'assets', id: investorAsset, data: { label: 'Modifié' }, overrideAccess: false, user: advisor }),
    ).rejects.toThrow()
    await expect(payload.find({ collection: 'assets', overrideAccess: false, user: await userDoc(cast.editor.id) })).rejects.toThrow()
  })

  it('an investor cannot give themselves the admin role', async () => {
    const payload = await testPayload()
    const investor = await userDoc(cast.investor.id)
    await payload.update({ collection: 'users', id: cast.investor.id, data: { role: 'admin' }, overrideAccess: false, user: investor })
    expect((await userDoc(cast.investor.id)).role).toBe('investor')
  })
})
