import { beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_USER_FIELDS } from '../src/collections/Users/publicFields'
import { createCast, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * Issue #11 item 7: what a person sees of another account. An investor sees
 * of their advisor only PUBLIC_USER_FIELDS (name, e-mail, phone, photo),
 * directly or through `depth`; the account's owner and admins see all.
 */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
/** What a public view of an account may hold: its id and the public fields (Payload adds the auth collection's slug). */
const PUBLIC_VIEW = new Set(['id', 'collection', ...PUBLIC_USER_FIELDS])
/** Payload keeps the `sessions` key of an account as an empty list when its read is refused: nothing of the sessions. */
const privateKeysOf = (doc: Record<string, unknown>) =>
  Object.keys(doc).filter((key) => !PUBLIC_VIEW.has(key) && !(key === 'sessions' && Array.isArray(doc[key]) && (doc[key] as unknown[]).length === 0))

let cast: Cast
let photoId: number
beforeAll(async () => {
  cast = await createCast()
  const payload = await testPayload()
  const photo = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'Portrait' },
    file: { data: PNG, mimetype: 'image/png', name: `portrait-${cast.advisor.id}.png`, size: PNG.length },
  })
  photoId = photo.id as number
  await payload.update({
    collection: 'users',
    id: cast.advisor.id,
    overrideAccess: true,
    data: { phone: '+33 1 23 45 67 89', photo: photoId, marketingConsent: true } as never,
  })
})

describe("an investor reading their advisor's account", () => {
  it('gets name, e-mail, phone and photo, nothing else', async () => {
    const { status, body } = await rest('GET', `/users/${cast.advisor.id}`, { token: cast.investor.token })
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: cast.advisor.id, name: 'Test advisor', email: cast.advisor.email, phone: '+33 1 23 45 67 89' })
    expect(body.photo).toMatchObject({ id: photoId, url: expect.any(String) })
    expect(privateKeysOf(body)).toEqual([])
  })

  it('gets the same through depth on their own account and their profile', async () => {
    const me = await rest('GET', `/users/${cast.investor.id}?depth=1`, { token: cast.investor.token })
    expect(me.body.advisor).toMatchObject({ id: cast.advisor.id, email: cast.advisor.email })
    expect(privateKeysOf(me.body.advisor)).toEqual([])

    const profiles = await rest('GET', '/profiles?depth=2', { token: cast.investor.token })
    const profile = profiles.body.docs[0]
    expect(profile.owner).toMatchObject({ id: cast.investor.id, role: 'investor' })
    expect(profile.owner.advisor).toMatchObject({ id: cast.advisor.id, name: 'Test advisor' })
    expect(privateKeysOf(profile.owner.advisor)).toEqual([])
  })

  it('cannot find their advisor by a private field', async () => {
    const { body } = await rest('GET', `/users?where[marketingConsent][equals]=true&where[id][equals]=${cast.advisor.id}`, { token: cast.investor.token })
    expect(body.docs ?? []).toEqual([])
  })
})

describe('who still sees every field', () => {
  it('the account’s owner, of their own account', async () => {
    const { body } = await rest('GET', `/users/${cast.investor.id}`, { token: cast.investor.token })
    expect(body).toMatchObject({ role: 'investor', locale: 'fr', createdAt: expect.any(String) })
    expect(body.termsAcceptedAt).toEqual(expect.any(String))
  })

  it('an admin, of anyone', async () => {
    const { body } = await rest('GET', `/users/${cast.advisor.id}`, { token: cast.admin.token })
    expect(body).toMatchObject({ role: 'advisor', marketingConsent: true, createdAt: expect.any(String) })
  })

  it('the advisor, of their own client (not of another advisor’s)', async () => {
    const client = await rest('GET', `/users/${cast.investor.id}`, { token: cast.advisor.token })
    expect(client.body).toMatchObject({ role: 'investor', createdAt: expect.any(String) })
    const notTheirs = await rest('GET', `/users/${cast.otherInvestor.id}`, { token: cast.advisor.token })
    expect([403, 404]).toContain(notTheirs.status)
  })
})
