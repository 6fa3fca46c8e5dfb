import { describe, expect, it } from 'vitest'
import { createAccount, TEST_PASSWORD, uniqueEmail } from '../../tests/support/accounts'
import { lastMailTo, linkIn, mailsTo } from '../../tests/support/outbox'
import { testPayload } from '../../tests/support/payload'
import { login, rest } from '../../tests/support/rest'

/** Accounts like a bank's (issue 11, item 5; docs/decisions/020-account-security.md), over real HTTP. */

const NEW_PASSWORD = 'Nouveau-mot-2-passe-solide'

const fieldErrors = (body: any): Record<string, string> =>
  Object.fromEntries((body?.errors?.[0]?.data?.errors ?? []).map((e: any) => [e.path, e.message]))

const signUp = (email: string, extra: Record<string, unknown> = {}) =>
  rest('POST', '/users/sign-up', { body: { email, password: TEST_PASSWORD, name: 'Jeanne Durand', acceptTerms: true, ...extra } })

const me = async (token: string) => (await rest('GET', '/users/me', { token })).body?.user ?? null

const usersWith = async (email: string) => {
  const payload = await testPayload()
  return (await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).docs
}

describe('sign-up tells nobody whether an address has an account', () => {
  it('answers a new and a taken address alike; the owner of the taken one is told, nothing is created', async () => {
    const owner = await createAccount('investor')
    const fresh = uniqueEmail('fresh')
    const created = await signUp(fresh)
    const taken = await signUp(owner.email, { name: 'Quelqu’un d’autre' })
    expect(created.status).toBe(202)
    expect(taken.status).toBe(created.status)
    expect(taken.body).toEqual(created.body)
    expect(await usersWith(owner.email)).toHaveLength(1)
    const notice = await lastMailTo(owner.email, /inscription a été tentée/)
    expect(notice.text).toContain('/connexion')
    expect(notice.text).toContain('/mot-de-passe-oublie')
    // The new address got a verification link, the taken one did not.
    expect((await mailsTo(owner.email)).some((m) => /Confirmez votre adresse/.test(m.subject))).toBe(false)
    await lastMailTo(fresh, /Confirmez votre adresse/)
  })
})

describe('e-mail verification', () => {
  it('an unverified account cannot log in until the link is opened; a wrong password says nothing more', async () => {
    const email = uniqueEmail('verify')
    expect((await signUp(email)).status).toBe(202)
    const unverified = await rest('POST', '/users/login', { body: { email, password: TEST_PASSWORD } })
    expect(unverified.status).toBe(403)
    const wrong = await rest('POST', '/users/login', { body: { email, password: 'Mauvais-mot-2-passe' } })
    const unknown = await rest('POST', '/users/login', { body: { email: uniqueEmail('nobody'), password: 'Mauvais-mot-2-passe' } })
    expect(wrong.status).toBe(unknown.status)

    const link = linkIn(await lastMailTo(email, /Confirmez votre adresse/), '/verifier-email')
    const verified = await rest('POST', `/users/verify/${link.searchParams.get('token')}`)
    expect(verified.status).toBe(200)
    expect(await me(await login(email, TEST_PASSWORD))).toMatchObject({ email })
  })

  it('"renvoyer le lien" sends a fresh link (the old one dies) and answers the same for any address', async () => {
    const email = uniqueEmail('resend')
    await signUp(email)
    const first = linkIn(await lastMailTo(email, /Confirmez votre adresse/), '/verifier-email').searchParams.get('token')
    const resent = await rest('POST', '/users/resend-verification', { body: { email } })
    const unknown = await rest('POST', '/users/resend-verification', { body: { email: uniqueEmail('nobody') } })
    const verifiedAlready = await rest('POST', '/users/resend-verification', { body: { email: (await createAccount('investor')).email } })
    expect(resent.status).toBe(202)
    expect(unknown).toEqual(resent)
    expect(verifiedAlready).toEqual(resent)
    const mails = (await mailsTo(email)).filter((m) => /Confirmez votre adresse/.test(m.subject))
    expect(mails).toHaveLength(2)
    const second = linkIn(mails[1]!, '/verifier-email').searchParams.get('token')
    expect(second).not.toBe(first)
    expect((await rest('POST', `/users/verify/${first}`)).status).toBe(403)
    expect((await rest('POST', `/users/verify/${second}`)).status).toBe(200)
  })
})

describe('changing the password', () => {
  it('needs the current password, at its field, in French', async () => {
    const account = await createAccount('investor')
    const none = await rest('PATCH', `/users/${account.id}`, { token: account.token, body: { password: NEW_PASSWORD } })
    expect(none.status).toBe(400)
    expect(fieldErrors(none.body).currentPassword).toMatch(/mot de passe actuel/)
    const wrong = await rest('PATCH', `/users/${account.id}`, {
      token: account.token,
      body: { password: NEW_PASSWORD, currentPassword: 'Pas-le-bon-42-mot' },
    })
    expect(wrong.status).toBe(400)
    expect(fieldErrors(wrong.body).currentPassword).toMatch(/incorrect/)
    await expect(login(account.email, NEW_PASSWORD)).rejects.toThrow()
  })

  it('wrong current passwords count like failed logins: the 5th locks the account, here and at login', async () => {
    const account = await createAccount('investor')
    const attempt = (currentPassword: string) =>
      rest('PATCH', `/users/${account.id}`, { token: account.token, body: { password: NEW_PASSWORD, currentPassword } })
    for (let i = 0; i < 4; i++) expect(fieldErrors((await attempt(`Devine-${i}-mot-de-passe`)).body).currentPassword).toMatch(/incorrect/)
    expect(fieldErrors((await attempt('Devine-5-mot-de-passe')).body).currentPassword).toMatch(/verrouillé/)
    const right = await attempt(TEST_PASSWORD)
    expect(right.status).toBe(400)
    expect(fieldErrors(right.body).currentPassword).toMatch(/verrouillé/)
    expect((await rest('POST', '/users/login', { body: { email: account.email, password: TEST_PASSWORD } })).status).not.toBe(200)
  })

  it('a right current password clears earlier wrong guesses', async () => {
    const account = await createAccount('investor')
    const attempt = (currentPassword: string, password: string) =>
      rest('PATCH', `/users/${account.id}`, { token: account.token, body: { password, currentPassword } })
    for (let i = 0; i < 3; i++) await attempt(`Devine-${i}-mot-de-passe`, NEW_PASSWORD)
    expect((await attempt(TEST_PASSWORD, NEW_PASSWORD)).status).toBe(200)
    for (let i = 0; i < 3; i++) expect((await attempt(`Devine-${i}-mot-de-passe`, TEST_PASSWORD)).status).toBe(400)
    expect((await attempt(NEW_PASSWORD, TEST_PASSWORD)).status).toBe(200)
  })

  it('cannot be changed by `where` (bulk), even on one’s own account', async () => {
    const account = await createAccount('investor')
    const bulk = await rest('PATCH', `/users?where[id][equals]=${account.id}`, {
      token: account.token,
      body: { password: NEW_PASSWORD, currentPassword: TEST_PASSWORD },
    })
    expect(bulk.status).toBe(400)
    await expect(login(account.email, NEW_PASSWORD)).rejects.toThrow()
  })

  it('ends every other session, keeps this one, and tells the owner by mail', async () => {
    const account = await createAccount('investor')
    const other = await login(account.email, TEST_PASSWORD)
    const changed = await rest('PATCH', `/users/${account.id}`, {
      token: account.token,
      body: { password: NEW_PASSWORD, currentPassword: TEST_PASSWORD },
    })
    expect(changed.status).toBe(200)
    expect(await me(account.token)).toMatchObject({ id: account.id })
    expect(await me(other)).toBeNull()
    await lastMailTo(account.email, /mot de passe Atlas a changé/)
    expect(await me(await login(account.email, NEW_PASSWORD))).toMatchObject({ id: account.id })
  })

  it('an admin cannot choose another person’s password', async () => {
    const [admin, investor] = await Promise.all([createAccount('admin'), createAccount('investor')])
    const { status, body } = await rest('PATCH', `/users/${investor.id}`, { token: admin.token, body: { password: NEW_PASSWORD } })
    expect(status).toBe(400)
    expect(fieldErrors(body).password).toMatch(/lien de réinitialisation/)
    expect(await me(investor.token)).toMatchObject({ id: investor.id })
  })
})

describe('changing the e-mail address', () => {
  it('needs the current password, then waits for the link sent to the new address', async () => {
    const account = await createAccount('investor')
    const newEmail = uniqueEmail('moved')
    expect((await rest('PATCH', `/users/${account.id}`, { token: account.token, body: { email: newEmail } })).status).toBe(400)
    const asked = await rest('PATCH', `/users/${account.id}`, {
      token: account.token,
      body: { email: newEmail, currentPassword: TEST_PASSWORD },
    })
    expect(asked.status).toBe(200)
    expect(asked.body.doc).toMatchObject({ email: account.email, pendingEmail: newEmail })
    expect(asked.body.doc.pendingEmailTokenHash).toBeUndefined()
    await lastMailTo(account.email, /changement d’adresse/)
    const link = linkIn(await lastMailTo(newEmail, /nouvelle adresse e-mail/), '/confirmer-email')

    expect((await rest('POST', '/users/confirm-email', { body: { token: 'abc' } })).status).toBe(400)
    const confirmed = await rest('POST', '/users/confirm-email', { body: { token: link.searchParams.get('token') } })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body).toEqual({ email: newEmail })
    await lastMailTo(account.email, /adresse e-mail Atlas a changé/)
    expect(await me(await login(newEmail, TEST_PASSWORD))).toMatchObject({ id: account.id, email: newEmail })
    await expect(login(account.email, TEST_PASSWORD)).rejects.toThrow()
    // The link is spent.
    expect((await rest('POST', '/users/confirm-email', { body: { token: link.searchParams.get('token') } })).status).toBe(400)
  })

  it('to an address that has an account: the same answer, its owner is told, and nothing changes', async () => {
    const [account, owner] = await Promise.all([createAccount('investor'), createAccount('investor')])
    const asked = await rest('PATCH', `/users/${account.id}`, {
      token: account.token,
      body: { email: owner.email, currentPassword: TEST_PASSWORD },
    })
    expect(asked.status).toBe(200)
    expect(asked.body.doc.pendingEmail).toBe(owner.email)
    await lastMailTo(owner.email, /inscription a été tentée/)
    expect((await mailsTo(owner.email)).some((m) => /nouvelle adresse/.test(m.subject))).toBe(false)
  })

  it('by `where` is refused; an admin changing someone’s address goes through the same link', async () => {
    const [admin, investor] = await Promise.all([createAccount('admin'), createAccount('investor')])
    const bulk = await rest('PATCH', `/users?where[id][equals]=${investor.id}`, {
      token: investor.token,
      body: { email: uniqueEmail('bulk'), currentPassword: TEST_PASSWORD },
    })
    expect(bulk.status).toBe(400)
    const newEmail = uniqueEmail('byadmin')
    const byAdmin = await rest('PATCH', `/users/${investor.id}`, { token: admin.token, body: { email: newEmail } })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body.doc).toMatchObject({ email: investor.email, pendingEmail: newEmail })
    await lastMailTo(newEmail, /nouvelle adresse e-mail/)
  })

  it('an unchanged e-mail (as the admin sends it on every save) needs nothing', async () => {
    const account = await createAccount('investor')
    const saved = await rest('PATCH', `/users/${account.id}`, { token: account.token, body: { email: account.email, name: 'Nouveau Nom' } })
    expect(saved.status).toBe(200)
    expect(saved.body.doc).toMatchObject({ email: account.email, name: 'Nouveau Nom' })
  })
})

describe('active sessions', () => {
  it('lists the account’s own sessions with their device, and "log out other devices" ends all but this one', async () => {
    const account = await createAccount('investor')
    const phone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 Safari/604.1'
    const { body } = await rest('POST', '/users/login', { body: { email: account.email, password: TEST_PASSWORD }, headers: { 'User-Agent': phone } })
    const other = (await createAccount('investor')).token

    const listed = await rest('GET', '/users/sessions', { token: account.token })
    expect(listed.status).toBe(200)
    expect(listed.body.sessions).toHaveLength(2)
    const mine = listed.body.sessions.find((s: any) => s.current)
    const theirs = listed.body.sessions.find((s: any) => !s.current)
    expect(theirs.userAgent).toBe(phone)
    expect(Date.parse(mine.lastSeenAt)).toBeGreaterThan(Date.now() - 60_000)
    expect((await rest('GET', '/users/sessions', { token: other })).body.sessions).toHaveLength(1)

    expect((await rest('POST', '/users/logout-others', { token: account.token })).body).toEqual({ ended: 1 })
    expect(await me(body.token)).toBeNull()
    expect(await me(account.token)).toMatchObject({ id: account.id })
    expect((await rest('GET', '/users/sessions', { token: account.token })).body.sessions).toHaveLength(1)
  })

  it('are closed to anonymous callers, and the device rows to everyone', async () => {
    const admin = await createAccount('admin')
    expect((await rest('GET', '/users/sessions')).status).toBe(401)
    expect((await rest('POST', '/users/logout-others')).status).toBe(401)
    expect((await rest('GET', '/session-devices', { token: admin.token })).status).toBe(403)
  })
})
