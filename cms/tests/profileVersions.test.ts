import { beforeAll, describe, expect, it } from 'vitest'
import { createCast, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * Issue #11, critical: every signed-in account read every investor's
 * questionnaire through Payload's version routes, because Profiles had no
 * `readVersions` rule. Versions now follow `read` (access/versionAccess.ts).
 */
let cast: Cast
let profileId: number
let versionId: string | number

beforeAll(async () => {
  cast = await createCast()
  const payload = await testPayload()
  const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: cast.investor.id } } })).docs[0]!
  profileId = profile.id as number
  // Two saved answers: two versions on record.
  for (const lossPct of [10, 20]) {
    await payload.update({ collection: 'profiles', id: profileId, overrideAccess: true, data: { capacity: { lossPct } } as never })
  }
  const versions = await payload.findVersions({ collection: 'profiles', overrideAccess: true, where: { parent: { equals: profileId } }, sort: 'createdAt' })
  expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  versionId = versions.docs[0]!.id
})

const parentOf = (doc: { parent: unknown }) => (typeof doc.parent === 'object' && doc.parent ? (doc.parent as { id: unknown }).id : doc.parent)
const ownerOf = (doc: { version: { owner: unknown } }) =>
  typeof doc.version.owner === 'object' && doc.version.owner ? (doc.version.owner as { id: unknown }).id : doc.version.owner

describe("versions of an investor's profile", () => {
  it.each(['otherInvestor', 'editor', 'otherAdvisor'] as const)('%s gets none of them, listed or by id', async (who) => {
    const token = cast[who].token
    const listed = await rest('GET', `/profiles/versions?limit=100&where[parent][equals]=${profileId}`, { token })
    // Refused outright (editor) or an empty list (whose own are none of these).
    if (listed.status === 200) expect(listed.body.docs).toEqual([])
    else expect([401, 403]).toContain(listed.status)

    const everything = await rest('GET', '/profiles/versions?limit=100', { token })
    if (everything.status === 200) {
      expect(everything.body.docs.map(parentOf)).not.toContain(profileId)
      expect(everything.body.docs.map(ownerOf)).not.toContain(cast.investor.id)
    }

    const one = await rest('GET', `/profiles/versions/${versionId}`, { token })
    expect([403, 404]).toContain(one.status)
    expect(JSON.stringify(one.body)).not.toContain('lossPct')
  })

  it.each(['otherInvestor', 'editor', 'otherAdvisor'] as const)('%s cannot restore one', async (who) => {
    const payload = await testPayload()
    const before = await payload.findByID({ collection: 'profiles', id: profileId, overrideAccess: true, depth: 0 })
    const { status } = await rest('POST', `/profiles/versions/${versionId}`, { token: cast[who].token })
    expect([403, 404]).toContain(status)
    const after = await payload.findByID({ collection: 'profiles', id: profileId, overrideAccess: true, depth: 0 })
    expect(after.capacity).toEqual(before.capacity)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('anonymous gets none', async () => {
    expect((await rest('GET', '/profiles/versions')).status).toBe(403)
    expect((await rest('GET', `/profiles/versions/${versionId}`)).status).toBe(403)
  })

  it.each(['investor', 'advisor', 'admin'] as const)('%s reads every one of them', async (who) => {
    const token = cast[who].token
    const listed = await rest('GET', `/profiles/versions?limit=100&where[parent][equals]=${profileId}`, { token })
    expect(listed.status).toBe(200)
    expect(listed.body.totalDocs).toBeGreaterThanOrEqual(2)
    expect(listed.body.docs.map(ownerOf).every((owner: unknown) => owner === cast.investor.id)).toBe(true)

    const one = await rest('GET', `/profiles/versions/${versionId}`, { token })
    expect(one.status).toBe(200)
    expect(parentOf(one.body)).toBe(profileId)
  })

  it("an investor's unfiltered list holds only their own versions", async () => {
    const mine = await rest('GET', '/profiles/versions?limit=100', { token: cast.investor.token })
    expect(mine.status).toBe(200)
    expect(mine.body.docs.length).toBeGreaterThan(0)
    expect(new Set(mine.body.docs.map(ownerOf))).toEqual(new Set([cast.investor.id]))
  })
})
