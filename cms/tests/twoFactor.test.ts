import { generate } from 'otplib'
import { describe, expect, it } from 'vitest'
import { createAccount, TEST_PASSWORD, uniqueEmail } from '../../tests/support/accounts'
import { lastMailTo, linkIn } from '../../tests/support/outbox'
import { testPayload } from '../../tests/support/payload'
import { enrolTotp, login, passwordLogin, rest } from '../../tests/support/rest'
import { nextTotpCode } from '../../tests/support/twoFactor'

/** Two-factor authentication (issue 11 item 5; docs/decisions/024-two-factor-authentication.md), over real HTTP. */

const fieldErrors = (body: any): Record<string, string> =>
  Object.fromEntries((body?.errors?.[0]?.data?.errors ?? []).map((e: any) => [e.path, e.message]))
const me = async (token: string) => (await rest('GET', '/users/me', { token })).body?.user ?? null

/** A signed-in investor who has turned TOTP on through the endpoints. */
const investorWithTotp = async () => {
  const account = await createAccount('investor')
  const { secret, recoveryCodes } = await enrolTotp(account.email, account.token)
  return { ...account, secret, recoveryCodes }
}

/** A Local-API staff account that never logged in (so never enrolled). */
const staffWithoutTotp = async (role: 'admin' | 'advisor') => {
  const payload = await testPayload()
  const email = uniqueEmail(`${role}-nototp`)
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: { email, password: TEST_PASSWORD, name: `Sans 2FA ${role}`, role, acceptTerms: true, _verified: true } as never,
  })
  return email
}

describe('enrolment', () => {
  it('start gives an otpauth URI and a QR code; only a right first code turns it on, with 10 single-use recovery codes', async () => {
    const investor = await createAccount('investor')
    const started = await rest('POST', '/users/two-factor/start', { token: investor.token })
    expect(started.status).toBe(200)
    expect(started.body.uri).toMatch(new RegExp(`^otpauth://totp/Atlas:${encodeURIComponent(investor.email)}\\?`))
    expect(started.body.uri).toContain(`secret=${started.body.secret}`)
    expect(started.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(Buffer.from(started.body.qrCode.split(',')[1], 'base64').toString()).toContain('<svg')
    expect((await me(investor.token)).twoFactorEnabledAt ?? null).toBeNull()

    const wrong = await rest('POST', '/users/two-factor/confirm', { token: investor.token, body: { code: '000000' } })
    expect(wrong.status).toBe(400)
    expect(fieldErrors(wrong.body).code).toMatch(/n’est pas valable/)
    expect((await me(investor.token)).twoFactorEnabledAt ?? null).toBeNull()

    const code = await generate({ secret: started.body.secret })
    const confirmed = await rest('POST', '/users/two-factor/confirm', { token: investor.token, body: { code } })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.recoveryCodes).toHaveLength(10)
    expect(new Set(confirmed.body.recoveryCodes).size).toBe(10)
    expect((await me(investor.token)).twoFactorEnabledAt).toBeTruthy()
    // Already on: a second enrolment is refused, the secret stays.
    expect((await rest('POST', '/users/two-factor/start', { token: investor.token })).status).toBe(409)
  })

  it('nobody reads the secret or the recovery codes through the API, admins included; the stored secret is sealed', async () => {
    const investor = await investorWithTotp()
    const admin = await createAccount('admin')
    for (const token of [investor.token, admin.token]) {
      const { body } = await rest('GET', `/users/${investor.id}`, { token })
      expect(body.twoFactorEnabledAt).toBeTruthy()
      const text = JSON.stringify(body)
      for (const hidden of ['totpSecret', 'totpPendingSecret', 'recoveryCodeHashes', 'totpLastStep', 'twoFactorPending']) expect(text).not.toContain(hidden)
      expect(text).not.toContain(investor.secret)
    }
    const where = await rest('GET', `/users?where[totpSecret][exists]=true`, { token: admin.token })
    expect(JSON.stringify(where.body)).not.toContain(investor.secret)
    const payload = await testPayload()
    const row = await payload.db.findOne<{ id: number; totpSecret: string; recoveryCodeHashes: string[] }>({ collection: 'users', where: { id: { equals: investor.id } } })
    expect(row!.totpSecret).not.toContain(investor.secret)
    expect(JSON.stringify(row!.recoveryCodeHashes)).not.toContain(investor.recoveryCodes[0]!)
  })
})

describe('login with a second factor', () => {
  it('a password login gives a token refused everywhere until the code: /me, a collection list, custom endpoints', async () => {
    const investor = await investorWithTotp()
    const { token, secondFactor } = await passwordLogin(investor.email, TEST_PASSWORD)
    expect(secondFactor).toBe('verify')
    expect(await me(token)).toBeNull()
    expect([401, 403]).toContain((await rest('GET', '/assets', { token })).status)
    expect([401, 403]).toContain((await rest('GET', `/profiles?where[owner][equals]=${investor.id}`, { token })).status)
    expect((await rest('GET', '/users/sessions', { token })).status).toBe(401)
    expect((await rest('POST', '/users/logout-others', { token })).status).toBe(401)
    expect((await rest('POST', '/users/two-factor/start', { token })).status).toBe(401)
    expect((await rest('POST', '/users/refresh-token', { token })).status).not.toBe(200)

    const missing = await rest('POST', '/users/two-factor/verify', { token, body: {} })
    expect(fieldErrors(missing.body).code).toMatch(/code à 6 chiffres/)
    const verified = await rest('POST', '/users/two-factor/verify', { token, body: { code: await nextTotpCode(investor.email, investor.secret) } })
    expect(verified.status).toBe(200)
    expect(await me(token)).toMatchObject({ id: investor.id })
    expect((await rest('GET', '/assets', { token })).status).toBe(200)
  })

  it('a code used once is refused the second time (no replay within its window)', async () => {
    const investor = await investorWithTotp()
    const first = await passwordLogin(investor.email, TEST_PASSWORD)
    const code = await nextTotpCode(investor.email, investor.secret)
    expect((await rest('POST', '/users/two-factor/verify', { token: first.token, body: { code } })).status).toBe(200)
    const second = await passwordLogin(investor.email, TEST_PASSWORD)
    const replay = await rest('POST', '/users/two-factor/verify', { token: second.token, body: { code } })
    expect(replay.status).toBe(400)
    expect(fieldErrors(replay.body).code).toMatch(/déjà servi/)
    expect(await me(second.token)).toBeNull()
  })

  it('a recovery code replaces the app once', async () => {
    const investor = await investorWithTotp()
    const [recoveryCode] = investor.recoveryCodes
    const first = await passwordLogin(investor.email, TEST_PASSWORD)
    const used = await rest('POST', '/users/two-factor/verify', { token: first.token, body: { recoveryCode: recoveryCode!.toLowerCase() } })
    expect(used.status).toBe(200)
    expect(used.body.recoveryCodesLeft).toBe(9)
    const second = await passwordLogin(investor.email, TEST_PASSWORD)
    const again = await rest('POST', '/users/two-factor/verify', { token: second.token, body: { recoveryCode } })
    expect(again.status).toBe(400)
    expect(fieldErrors(again.body).recoveryCode).toMatch(/code de secours/)
    expect(await me(second.token)).toBeNull()
  })

  it('a password reset (which logs in) does not skip the code: its token is held too', async () => {
    const investor = await investorWithTotp()
    expect((await rest('POST', '/users/forgot-password', { body: { email: investor.email } })).status).toBe(200)
    const link = linkIn(await lastMailTo(investor.email, /Choisissez un nouveau mot de passe/), '/reinitialiser-mot-de-passe')
    const reset = await rest('POST', '/users/reset-password', { body: { token: link.searchParams.get('token'), password: 'Nouveau-mot-2-passe-solide' } })
    expect(reset.status).toBe(200)
    expect(reset.body.secondFactor).toBe('verify')
    expect(await me(reset.body.token)).toBeNull()
    const verified = await rest('POST', '/users/two-factor/verify', { token: reset.body.token, body: { code: await nextTotpCode(investor.email, investor.secret) } })
    expect(verified.status).toBe(200)
    expect(await me(reset.body.token)).toMatchObject({ id: investor.id })
  })

  it('wrong codes are limited per account: past 5 in 15 minutes even the right code gets a 429', async () => {
    const investor = await investorWithTotp()
    const { token } = await passwordLogin(investor.email, TEST_PASSWORD)
    for (let i = 0; i < 5; i += 1) {
      expect((await rest('POST', '/users/two-factor/verify', { token, body: { code: '000000' } })).status).toBe(400)
    }
    const limited = await rest('POST', '/users/two-factor/verify', { token, body: { code: await nextTotpCode(investor.email, investor.secret) } })
    expect(limited.status).toBe(429)
    expect(limited.body.errors[0].message).toMatch(/Trop de codes erronés/)
    expect(await me(token)).toBeNull()
  })
})

describe('staff must use two-factor authentication', () => {
  it('an advisor without TOTP can only enrol after the password: everything else is refused until then', async () => {
    const email = await staffWithoutTotp('advisor')
    const { token, secondFactor } = await passwordLogin(email, TEST_PASSWORD)
    expect(secondFactor).toBe('enrol')
    expect(await me(token)).toBeNull()
    expect([401, 403]).toContain((await rest('GET', '/prospects', { token })).status)
    expect([401, 403]).toContain((await rest('GET', '/back-office/clients', { token })).status)
    expect((await rest('POST', '/users/two-factor/verify', { token, body: { code: '123456' } })).status).toBe(401)

    await enrolTotp(email, token)
    expect(await me(token)).toMatchObject({ email, role: 'advisor' })
    expect((await rest('GET', '/prospects', { token })).status).toBe(200)
    // The next login asks for the code.
    expect((await passwordLogin(email, TEST_PASSWORD)).secondFactor).toBe('verify')
  })

  it('staff cannot turn it off; an investor can, with the password and a code', async () => {
    const advisor = await createAccount('advisor')
    const refused = await rest('POST', '/users/two-factor/disable', {
      token: advisor.token,
      body: { currentPassword: TEST_PASSWORD, code: await nextTotpCode(advisor.email) },
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/obligatoire pour les comptes du personnel/)

    const investor = await investorWithTotp()
    const noPassword = await rest('POST', '/users/two-factor/disable', { token: investor.token, body: { code: '123456' } })
    expect(fieldErrors(noPassword.body).currentPassword).toBeTruthy()
    const disabled = await rest('POST', '/users/two-factor/disable', {
      token: investor.token,
      body: { currentPassword: TEST_PASSWORD, code: await nextTotpCode(investor.email, investor.secret) },
    })
    expect(disabled.status).toBe(200)
    expect((await passwordLogin(investor.email, TEST_PASSWORD)).secondFactor).toBeUndefined()
  })

  it('new recovery codes need the password and a code; the old ones stop working', async () => {
    const investor = await investorWithTotp()
    const renewed = await rest('POST', '/users/two-factor/recovery-codes', {
      token: investor.token,
      body: { currentPassword: TEST_PASSWORD, code: await nextTotpCode(investor.email, investor.secret) },
    })
    expect(renewed.status).toBe(200)
    expect(renewed.body.recoveryCodes).toHaveLength(10)
    const { token } = await passwordLogin(investor.email, TEST_PASSWORD)
    expect((await rest('POST', '/users/two-factor/verify', { token, body: { recoveryCode: investor.recoveryCodes[0] } })).status).toBe(400)
    expect((await rest('POST', '/users/two-factor/verify', { token, body: { recoveryCode: renewed.body.recoveryCodes[0] } })).status).toBe(200)
  })

  it('only an admin resets a staff member’s TOTP: recorded, their sessions end, the next login asks to enrol again', async () => {
    const [admin, advisor, otherAdvisor] = await Promise.all([createAccount('admin'), createAccount('advisor'), createAccount('advisor')])
    const byAdvisor = await rest('POST', `/users/two-factor/reset/${advisor.id}`, { token: otherAdvisor.token })
    expect(byAdvisor.status).toBe(403)
    expect(await me(advisor.token)).toMatchObject({ id: advisor.id })

    expect((await rest('POST', `/users/two-factor/reset/${advisor.id}`, { token: admin.token })).status).toBe(200)
    expect(await me(advisor.token)).toBeNull()
    const { body } = await rest('GET', `/users/${advisor.id}`, { token: admin.token })
    expect(body.twoFactorEnabledAt ?? null).toBeNull()
    expect(body.twoFactorResetAt).toBeTruthy()
    expect(body.twoFactorResetBy?.id ?? body.twoFactorResetBy).toBe(admin.id)
    expect((await passwordLogin(advisor.email, TEST_PASSWORD)).secondFactor).toBe('enrol')
  })

  it('an investor made advisor without TOTP loses the sessions opened without it', async () => {
    const investor = await createAccount('investor')
    const payload = await testPayload()
    await payload.update({ collection: 'users', id: investor.id, overrideAccess: true, data: { role: 'advisor' } })
    expect(await me(investor.token)).toBeNull()
    expect(await me(await login(investor.email, TEST_PASSWORD))).toMatchObject({ role: 'advisor' })
  })
})
