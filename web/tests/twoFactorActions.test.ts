import { generate } from 'otplib'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount } from '../../tests/support/accounts'
import { enrolTotp } from '../../tests/support/rest'
import { nextTotpCode } from '../../tests/support/twoFactor'
import { webClient } from './webClient'

/** Web's second login step and two-factor page (docs/decisions/024), through real HTTP against the real cms. */

const investorWithTotp = async () => {
  const account = await createAccount('investor')
  return { ...account, ...(await enrolTotp(account.email, account.token)) }
}

describe('login code step', () => {
  it('after the password, /connexion asks the code; a wrong one is refused at its field in French; the right one opens the portal', async () => {
    const investor = await investorWithTotp()
    const client = webClient()
    const password = await client.post('/connexion', { email: investor.email, password: TEST_PASSWORD, redirectTo: '/portail/securite' })
    expect(password.status).toBe(302)
    expect(password.location).toBe('/connexion')
    // Held, not signed in: the portal still sends to /connexion.
    expect((await client.get('/portail')).location).toMatch(/^\/connexion/)
    const step = await client.get('/connexion')
    expect(step.html).toContain('data-testid="second-factor"')
    expect(step.html).toMatch(/Deuxième étape de connexion/)

    const wrong = await client.post('/connexion', { intent: 'code', code: '000000', recoveryCode: '' })
    expect(wrong.status).toBe(400)
    expect(wrong.html).toMatch(/Ce code n’est pas valable/)
    expect(wrong.html).toContain('data-testid="second-factor"')

    const right = await client.post('/connexion', { intent: 'code', code: await nextTotpCode(investor.email, investor.secret), recoveryCode: '' })
    expect(right.status).toBe(302)
    expect(right.location).toBe('/portail/securite')
    const security = await client.get('/portail/securite')
    expect(security.status).toBe(200)
    expect(security.html).toMatch(/Activée depuis le/)
  })

  it('a recovery code works once; "start again" drops the held login', async () => {
    const investor = await investorWithTotp()
    const first = webClient()
    await first.post('/connexion', { email: investor.email, password: TEST_PASSWORD })
    const used = await first.post('/connexion', { intent: 'code', code: '', recoveryCode: investor.recoveryCodes[0]! })
    expect(used.location).toBe('/portail')

    const second = webClient()
    await second.post('/connexion', { email: investor.email, password: TEST_PASSWORD })
    const again = await second.post('/connexion', { intent: 'code', code: '', recoveryCode: investor.recoveryCodes[0]! })
    expect(again.status).toBe(400)
    expect(again.html).toMatch(/code de secours n’est pas valable/)
    const cancelled = await second.post('/connexion', { intent: 'cancel' })
    expect(cancelled.location).toBe('/connexion')
    expect((await second.get('/connexion')).html).not.toContain('data-testid="second-factor"')
  })

  it('staff without TOTP are told to enrol in the administration, and get no session', async () => {
    const { testPayload } = await import('../../tests/support/payload')
    const { uniqueEmail } = await import('../../tests/support/accounts')
    const payload = await testPayload()
    const email = uniqueEmail('advisor-web')
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: { email, password: TEST_PASSWORD, name: 'Conseiller', role: 'advisor', acceptTerms: true, _verified: true } as never,
    })
    const client = webClient()
    const refused = await client.post('/connexion', { email, password: TEST_PASSWORD })
    expect(refused.status).toBe(400)
    expect(refused.html).toMatch(/obligatoire pour votre compte/)
  })
})

describe('two-factor page', () => {
  it('turns TOTP on with the QR code and a first code, shows the recovery codes once, then the next login asks the code', async () => {
    const investor = await createAccount('investor')
    const client = webClient()
    await client.post('/connexion', { email: investor.email, password: TEST_PASSWORD })
    const page = await client.get('/portail/securite/double-authentification')
    expect(page.html).toMatch(/Désactivée/)
    const started = await client.post('/portail/securite/double-authentification', { intent: 'start' })
    expect(started.html).toContain('data:image/svg+xml;base64,')
    const secret = /data-testid="two-factor-secret">([A-Z2-7]+)</.exec(started.html)?.[1]
    expect(secret).toBeTruthy()
    const qrCode = /name="qrCode" value="([^"]+)"/.exec(started.html)?.[1] ?? ''

    const wrong = await client.post('/portail/securite/double-authentification', { intent: 'confirm', code: '12', qrCode, secret: secret! })
    expect(wrong.status).toBe(400)
    expect(wrong.html).toMatch(/code à 6 chiffres/)
    expect(wrong.html).toContain(secret!)

    const confirmed = await client.post('/portail/securite/double-authentification', {
      intent: 'confirm',
      code: await generate({ secret: secret! }),
      qrCode,
      secret: secret!,
    })
    expect(confirmed.status).toBe(200)
    expect(confirmed.html).toContain('data-testid="recovery-codes"')
    expect((confirmed.html.match(/<li><code>/g) ?? []).length).toBe(10)
    expect((await client.get('/portail/securite/double-authentification')).html).not.toContain('data-testid="recovery-codes"')

    const next = await webClient().post('/connexion', { email: investor.email, password: TEST_PASSWORD })
    expect(next.location).toBe('/connexion')
  })
})
