import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, uniqueEmail, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { login, rest } from '../../tests/support/rest'

/** Advisor invites a prospect; the prospect accepts and becomes an investor (REST). */

let advisor: Account
let otherAdvisor: Account
let admin: Account
let investor: Account
let editor: Account
beforeAll(async () => {
  ;[advisor, otherAdvisor, admin, investor, editor] = await Promise.all([
    createAccount('advisor'),
    createAccount('advisor'),
    createAccount('admin'),
    createAccount('investor'),
    createAccount('editor'),
  ])
})

const newProspect = async () => {
  const email = uniqueEmail('prospect')
  const doc = await (await testPayload()).create({
    collection: 'prospects',
    overrideAccess: true,
    data: { firstName: 'Paul', lastName: 'Renaud', email, phone: '06 11 22 33 44', ownerAdvisor: advisor.id, stage: 'proposal' } as never,
  })
  return { id: doc.id as number, email }
}

/** The token, read from the invitation mail in the outbox. */
const tokenMailedTo = async (email: string) => {
  const { docs } = await (await testPayload()).find({
    collection: 'emails',
    overrideAccess: true,
    sort: '-createdAt',
    limit: 1,
    where: { to: { equals: email } },
  })
  const match = /invitation\?token=([A-Za-z0-9_-]{43})/.exec(docs[0]?.text ?? '')
  if (!match) throw new Error(`no invitation mail for ${email}`)
  return match[1]!
}

const storedProspect = async (id: number) => (await testPayload()).findByID({ collection: 'prospects', id, overrideAccess: true, depth: 0 })

describe('POST /api/prospects/:id/invite', () => {
  it.each([
    ['anonymous', () => undefined, 401],
    ['an investor', () => investor.token, 403],
    ['an editor', () => editor.token, 403],
    ['another advisor', () => otherAdvisor.token, 404],
  ])('refuses %s, and nothing is sent', async (_who, token, status) => {
    const { id, email } = await newProspect()
    expect((await rest('POST', `/prospects/${id}/invite`, { token: token() })).status).toBe(status)
    expect((await storedProspect(id)).invitation?.sentAt ?? null).toBeNull()
    const mails = await (await testPayload()).count({ collection: 'emails', overrideAccess: true, where: { to: { equals: email } } })
    expect(mails.totalDocs).toBe(0)
  })

  it.each([
    ['the prospect’s advisor', () => advisor.token],
    ['an admin', () => admin.token],
  ])('lets %s invite: a French mail with the link, only the token’s hash stored, 7 days', async (_who, token) => {
    const { id, email } = await newProspect()
    const { status, body } = await rest('POST', `/prospects/${id}/invite`, { token: token() })
    expect(status).toBe(200)
    const raw = await tokenMailedTo(email)
    const stored = await storedProspect(id)
    expect(stored.invitation?.tokenHash).toBe(createHash('sha256').update(raw).digest('hex'))
    const days = (Date.parse(stored.invitation!.expiresAt!) - Date.parse(stored.invitation!.sentAt!)) / 86_400_000
    expect(days).toBe(7)
    expect(body.expiresAt).toBe(stored.invitation?.expiresAt)
    // The raw token is nowhere in the prospects table, and the API never shows the hash.
    const pool = (await testPayload()).db as unknown as { pool: { query: (q: string, v: unknown[]) => Promise<{ rowCount: number }> } }
    const rows = await pool.pool.query(`select 1 from prospects where row_to_json(prospects)::text like '%' || $1 || '%'`, [raw])
    expect(rows.rowCount).toBe(0)
    const read = await rest('GET', `/prospects/${id}`, { token: advisor.token })
    expect(read.body.invitation.tokenHash).toBeUndefined()
    expect(read.body.invitation.sentAt).toBeTruthy()
  })

  it('nobody can write the invitation through the collection API', async () => {
    const { id } = await newProspect()
    await rest('PATCH', `/prospects/${id}`, { token: admin.token, body: { invitation: { tokenHash: 'x'.repeat(64), expiresAt: '2099-01-01' } } })
    expect((await storedProspect(id)).invitation?.tokenHash ?? null).toBeNull()
  })
})

describe('accepting an invitation', () => {
  const invited = async () => {
    const prospect = await newProspect()
    await rest('POST', `/prospects/${prospect.id}/invite`, { token: advisor.token })
    return { ...prospect, token: await tokenMailedTo(prospect.email) }
  }

  it('shows who invites whom', async () => {
    const { token, email } = await invited()
    const { status, body } = await rest('POST', '/prospects/invitation', { body: { token } })
    expect(status).toBe(200)
    expect(body).toMatchObject({ email, firstName: 'Paul', advisorName: 'Test advisor' })
  })

  it('creates an investor linked to the advisor, marks the prospect won, and the token works once', async () => {
    const { id, email, token } = await invited()
    const accepted = await rest('POST', '/prospects/accept-invitation', {
      body: { token, password: TEST_PASSWORD, acceptTerms: true, role: 'admin' },
    })
    expect(accepted.status).toBe(201)
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: email } }, depth: 0 })
    expect(docs[0]).toMatchObject({ role: 'investor', advisor: advisor.id, name: 'Paul Renaud', phone: '06 11 22 33 44' })
    expect(docs[0]!.termsAcceptedAt).toBeTruthy()
    const prospect = await storedProspect(id)
    expect(prospect).toMatchObject({ stage: 'won', convertedUser: docs[0]!.id })
    expect(prospect.invitation?.acceptedAt).toBeTruthy()
    expect(await login(email, TEST_PASSWORD)).toBeTruthy()

    const again = await rest('POST', '/prospects/accept-invitation', { body: { token, password: TEST_PASSWORD, acceptTerms: true } })
    expect(again.status).toBe(409)
    expect(again.body.errors[0]).toMatchObject({ code: 'used', message: expect.stringMatching(/déjà été acceptée/) })
  })

  it('refuses an expired token with 410 and creates nobody', async () => {
    const { id, email, token } = await invited()
    await (await testPayload()).update({
      collection: 'prospects',
      id,
      overrideAccess: true,
      data: { invitation: { expiresAt: new Date(Date.now() - 60_000).toISOString() } },
    })
    const { status, body } = await rest('POST', '/prospects/accept-invitation', { body: { token, password: TEST_PASSWORD, acceptTerms: true } })
    expect(status).toBe(410)
    expect(body.errors[0]).toMatchObject({ code: 'expired', message: expect.stringMatching(/expiré/) })
    expect((await (await testPayload()).count({ collection: 'users', overrideAccess: true, where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it.each([['a forged token', 'A'.repeat(43)], ['a malformed token', 'abc'], ['no token', undefined]])(
    'refuses %s with 400 and a French message',
    async (_case, token) => {
      const { status, body } = await rest('POST', '/prospects/accept-invitation', { body: { token, password: TEST_PASSWORD, acceptTerms: true } })
      expect(status).toBe(400)
      expect(body.errors[0]).toMatchObject({ code: 'invalid', message: expect.stringMatching(/n’est pas valable/) })
    },
  )

  it('refuses a weak password and missing terms at the fields, and keeps the token usable', async () => {
    const { token, email } = await invited()
    const { status, body } = await rest('POST', '/prospects/accept-invitation', { body: { token, password: 'court' } })
    expect(status).toBe(400)
    const paths = (body.errors[0].data.errors as { path: string }[]).map((e) => e.path).sort()
    expect(paths).toEqual(['acceptTerms', 'password'])
    expect((await rest('POST', '/prospects/invitation', { body: { token } })).body.email).toBe(email)
  })
})
