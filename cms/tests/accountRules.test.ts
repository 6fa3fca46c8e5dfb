import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createCast, TEST_PASSWORD, uniqueEmail, type Cast } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { login, rest } from '../../tests/support/rest'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'

/** Rules about accounts that the access matrix alone does not show. */
let cast: Cast
beforeAll(async () => {
  cast = await createCast()
})

const fieldErrors = (body: any): Record<string, string> =>
  Object.fromEntries((body?.errors?.[0]?.data?.errors ?? []).map((e: any) => [e.path, e.message]))

const signup = (overrides: Record<string, unknown> = {}) =>
  rest('POST', '/users/sign-up', {
    body: { email: uniqueEmail('signup'), password: TEST_PASSWORD, name: 'Jeanne Durand', acceptTerms: true, ...overrides },
  })

const userByEmail = async (email: string) => {
  const payload = await testPayload()
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true })
  return docs[0] as any
}

describe('sign-up through the REST API', () => {
  it('creates an unverified investor with a draft profile, whatever role is asked for', async () => {
    const email = uniqueEmail('signup')
    const { status } = await signup({ email, role: 'admin' })
    expect(status).toBe(202)
    const user = await userByEmail(email)
    expect(user.role).toBe('investor')
    expect(user._verified).toBe(false)
    const payload = await testPayload()
    const profiles = await payload.find({ collection: 'profiles', where: { owner: { equals: user.id } }, overrideAccess: true })
    expect(profiles.docs).toHaveLength(1)
    expect(profiles.docs[0]!.status).toBe('draft')
  })

  it('records when the terms were accepted', async () => {
    const email = uniqueEmail('terms')
    await signup({ email })
    expect(Date.parse((await userByEmail(email)).termsAcceptedAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('refuses a weak password with a French message on the password field', async () => {
    const { status, body } = await signup({ password: 'court1' })
    expect(status).toBe(400)
    expect(fieldErrors(body).password).toMatch(/au moins 12 caractères/)
  })

  it('refuses a password without a digit', async () => {
    const { status, body } = await signup({ password: 'seulementdeslettres' })
    expect(status).toBe(400)
    expect(fieldErrors(body).password).toMatch(/chiffre/)
  })

  it('refuses a sign-up that does not accept the terms', async () => {
    const { status, body } = await signup({ acceptTerms: false })
    expect(status).toBe(400)
    expect(fieldErrors(body).acceptTerms).toBeTruthy()
  })

  it('answers malformed input with a 400, never a 500', async () => {
    for (const body of [{}, { email: 'pas-un-email' }, { email: 42, password: [], name: {} }, { name: 'x'.repeat(500) }]) {
      const { status } = await rest('POST', '/users/sign-up', { body })
      expect(status, JSON.stringify(body)).toBe(400)
    }
  })

  it('POST /api/users is for admins only: a visitor or an investor cannot create accounts there', async () => {
    const body = { email: uniqueEmail('direct'), password: TEST_PASSWORD, name: 'Jeanne Durand', acceptTerms: true }
    expect((await rest('POST', '/users', { body })).status).toBe(403)
    expect((await rest('POST', '/users', { body, token: cast.investor.token })).status).toBe(403)
  })
})

describe('sessions', () => {
  it('logout invalidates the token', async () => {
    const account = await createAccount('investor')
    expect((await rest('GET', '/users/me', { token: account.token })).body.user?.email).toBe(account.email)
    expect((await rest('POST', '/users/logout', { token: account.token })).status).toBe(200)
    expect((await rest('GET', '/users/me', { token: account.token })).body.user).toBeNull()
  })

  it('refresh gives a new token that works', async () => {
    const account = await createAccount('investor')
    const { status, body } = await rest('POST', '/users/refresh-token', { token: account.token })
    expect(status).toBe(200)
    expect((await rest('GET', '/users/me', { token: body.refreshedToken })).body.user?.email).toBe(account.email)
  })

  it('locks an account after 5 failed logins, even for the right password', async () => {
    const account = await createAccount('investor')
    for (let attempt = 0; attempt < 5; attempt++) {
      const { status } = await rest('POST', '/users/login', { body: { email: account.email, password: 'Mauvais-mot-2-passe' } })
      expect(status).toBe(401)
    }
    const { status, body } = await rest('POST', '/users/login', { body: { email: account.email, password: TEST_PASSWORD } })
    expect(status).not.toBe(200)
    expect(JSON.stringify(body)).toMatch(/locked|verrouill/i)
  })

  it('keeps investors out of the admin panel and lets staff in', async () => {
    const canAccessAdmin = async (token: string) => (await rest('GET', '/access', { token })).body?.canAccessAdmin
    expect(await canAccessAdmin(cast.investor.token)).not.toBe(true)
    for (const role of ['advisor', 'editor', 'admin'] as const) {
      expect(await canAccessAdmin(cast[role].token), role).toBe(true)
    }
  })
})

describe('who sees which account', () => {
  it('an investor sees their own advisor, and no other staff or investor', async () => {
    const advisorSeen = await rest('GET', `/users/${cast.advisor.id}`, { token: cast.investor.token })
    expect(advisorSeen.status).toBe(200)
    expect(advisorSeen.body.email).toBe(cast.advisor.email)
    expect((await rest('GET', `/users/${cast.advisor.id}`, { token: cast.otherInvestor.token })).status).toBe(404)
    expect((await rest('GET', `/users/${cast.admin.id}`, { token: cast.investor.token })).status).toBe(404)
    expect((await rest('GET', `/users/${cast.otherInvestor.id}`, { token: cast.investor.token })).status).toBe(404)
  })

  it('nobody but an admin reads a Stripe customer id', async () => {
    const payload = await testPayload()
    await payload.update({ collection: 'users', id: cast.investor.id, overrideAccess: true, data: { stripeCustomerId: 'cus_test' } })
    expect((await rest('GET', `/users/${cast.investor.id}`, { token: cast.investor.token })).body.stripeCustomerId).toBeUndefined()
    expect((await rest('GET', `/users/${cast.investor.id}`, { token: cast.admin.token })).body.stripeCustomerId).toBe('cus_test')
  })
})

describe('records owned by investors', () => {
  it('an asset created by an investor belongs to them, whatever owner the request names', async () => {
    const { status, body } = await rest('POST', '/assets', {
      token: cast.otherInvestor.token,
      body: { owner: cast.investor.id, kind: 'asset', category: 'ldds', label: 'LDDS', valueCents: 120_000 },
    })
    expect(status).toBe(201)
    expect(body.doc.owner?.id ?? body.doc.owner).toBe(cast.otherInvestor.id)
  })

  it('lists show an investor only their own assets', async () => {
    const payload = await testPayload()
    await payload.create({
      collection: 'assets',
      overrideAccess: true,
      data: { owner: cast.investor.id, kind: 'asset', category: 'pea', label: 'PEA de l’investisseur', valueCents: 1 },
    })
    const { body } = await rest('GET', '/assets?limit=100&depth=0', { token: cast.otherInvestor.token })
    expect(body.docs.every((doc: any) => doc.owner === cast.otherInvestor.id)).toBe(true)
    const advisorView = await rest('GET', '/assets?limit=100&depth=0', { token: cast.advisor.token })
    expect(advisorView.body.docs.some((doc: any) => doc.owner === cast.investor.id)).toBe(true)
    expect(advisorView.body.docs.every((doc: any) => doc.owner === cast.investor.id)).toBe(true)
  })

  it('an investor cannot validate their own profile', async () => {
    const payload = await testPayload()
    const profile = (await payload.find({ collection: 'profiles', where: { owner: { equals: cast.investor.id } }, overrideAccess: true })).docs[0]!
    // Only a complete questionnaire can be validated (profileQuestionnaire.test.ts).
    await payload.update({ collection: 'profiles', id: profile.id, data: { ...exampleAnswers(), status: 'submitted' } as never, overrideAccess: true })
    const refused = await rest('PATCH', `/profiles/${profile.id}`, { token: cast.investor.token, body: { status: 'validated' } })
    expect(refused.status).toBe(400)
    const accepted = await rest('PATCH', `/profiles/${profile.id}`, { token: cast.advisor.token, body: { status: 'validated' } })
    expect(accepted.status).toBe(200)
    expect(accepted.body.doc.validatedBy?.id ?? accepted.body.doc.validatedBy).toBe(cast.advisor.id)
  })

  it('an asset refuses a fractional amount of cents and a category of the wrong kind', async () => {
    const base = { kind: 'asset', category: 'securities-account', label: 'Compte-titres', valueCents: 100 }
    const fractional = await rest('POST', '/assets', { token: cast.investor.token, body: { ...base, valueCents: 10.5 } })
    expect(fractional.status).toBe(400)
    const wrongKind = await rest('POST', '/assets', { token: cast.investor.token, body: { ...base, category: 'mortgage' } })
    expect(wrongKind.status).toBe(400)
    const unknown = await rest('POST', '/assets', { token: cast.investor.token, body: { ...base, category: 'lingots' } })
    expect(unknown.status).toBe(400)
  })

  it('deleting an investor removes their profile and assets; one with invoices is kept, with a reason', async () => {
    const payload = await testPayload()
    const leaving = await createAccount('investor')
    await payload.create({
      collection: 'assets',
      overrideAccess: true,
      data: { owner: leaving.id, kind: 'asset', category: 'pea', label: 'PEA', valueCents: 1 },
    })
    expect((await rest('DELETE', `/users/${leaving.id}`, { token: cast.admin.token })).status).toBe(200)
    expect((await payload.count({ collection: 'assets', where: { owner: { equals: leaving.id } }, overrideAccess: true })).totalDocs).toBe(0)

    const billed = await createAccount('investor')
    await payload.create({ collection: 'invoices', overrideAccess: true, data: { customer: billed.id, kind: 'invoice', status: 'draft' } })
    const refused = await rest('DELETE', `/users/${billed.id}`, { token: cast.admin.token })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toMatch(/facture/i)
  })
})

describe('health', () => {
  it('GET /api/health reports the database up', async () => {
    const { status, body } = await rest('GET', '/health')
    expect(status).toBe(200)
    expect(body).toEqual({ status: 'ok', database: 'up' })
  })

  it('the demo seed signs in', async () => {
    expect(await login('camille.martin@atlas.demo', 'AtlasDemo2026!')).toBeTruthy()
  })
})

describe('select fields', () => {
  it('refuse a value that is not a string with a 400 at the field, never a 500', async () => {
    const payload = await testPayload()
    const profile = (await payload.find({ collection: 'profiles', where: { owner: { equals: cast.investor.id } }, overrideAccess: true })).docs[0]!
    for (const status of [false, 0, true, {}]) {
      const { status: code, body } = await rest('PATCH', `/profiles/${profile.id}`, { token: cast.investor.token, body: { status } })
      expect(code, JSON.stringify(status)).toBe(400)
      expect(JSON.stringify(body)).toContain('"path":"status"')
    }
    const signup = await rest('POST', '/users/sign-up', {
      body: { email: uniqueEmail('locale'), password: TEST_PASSWORD, name: 'Sélection', acceptTerms: true, locale: false },
    })
    expect(signup.status).toBe(400)
  })
})
