import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { lastMailTo, linkIn } from '../../tests/support/outbox'
import { rest } from '../../tests/support/rest'
import { sessionStorage } from '../app/lib/session.server'
import { webClient } from './webClient'

/** Web's auth actions and loaders, through real HTTP against the real cms. */

const tokenIn = async (cookieValue: string | undefined) => {
  const session = await sessionStorage.getSession(`atlas_session=${cookieValue ?? ''}`)
  return session.get('token') as string | undefined
}

const signupForm = (overrides: Record<string, string> = {}) => ({
  name: 'Hugo Lemaire',
  email: uniqueEmail('hugo'),
  password: TEST_PASSWORD,
  passwordConfirm: TEST_PASSWORD,
  acceptTerms: 'on',
  ...overrides,
})

describe('sign-up action', () => {
  it('says "check your mailbox"; the link confirms the address, then login opens the portal with an http-only Lax cookie', async () => {
    const client = webClient()
    const form = signupForm()
    const sent = await client.post('/inscription', form)
    expect(sent.status).toBe(200)
    expect(sent.html).toMatch(/Vérifiez votre boîte de réception/)
    expect(sent.html).toContain('data-testid="resend-verification"')
    expect(client.cookie('atlas_session') ?? '').toBe('')

    // Before the link: the right password is refused, with "renvoyer le lien".
    const early = await client.post('/connexion', { email: form.email, password: TEST_PASSWORD })
    expect(early.status).toBe(400)
    expect(early.html).toMatch(/pas encore confirmée/)
    expect(early.html).toContain('Renvoyer le lien')

    const link = linkIn(await lastMailTo(form.email, /Confirmez votre adresse/), '/verifier-email')
    const verified = await client.get(`${link.pathname}${link.search}`)
    expect(verified.html).toMatch(/Votre adresse e-mail est confirmée/)
    const lines = await client.setCookieLines('/connexion', { email: form.email, password: TEST_PASSWORD })
    const session = lines.find((l) => l.startsWith('atlas_session='))
    expect(session).toMatch(/HttpOnly/i)
    expect(session).toMatch(/SameSite=Lax/i)
    const portal = await client.get('/portail')
    expect(portal.status).toBe(200)
    expect(portal.html).toContain('Hugo Lemaire')
  })

  it('"renvoyer le lien" answers the same for any address, and a dead link offers a new one', async () => {
    const known = await webClient().post('/verifier-email', { email: (await createAccount('investor')).email })
    const unknown = await webClient().post('/verifier-email', { email: uniqueEmail('nobody') })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(unknown.html).toMatch(/un nouveau lien vient d’y être envoyé/)
    const dead = await webClient().get('/verifier-email?token=0123456789abcdef')
    expect(dead.html).toMatch(/n’est plus valable/)
    expect(dead.html).toContain('Renvoyer le lien')
  })

  it.each([
    ['empty', { name: '', email: '', password: '', passwordConfirm: '', acceptTerms: '' }, ['Ce champ est obligatoire|au moins 2', 'Indiquez votre adresse e-mail', 'Indiquez votre mot de passe']],
    ['too long', { name: 'n'.repeat(101), email: `${'a'.repeat(250)}@x.fr` }, ['ne doit pas dépasser 100', 'ne doit pas dépasser 254']],
    ['a wrong e-mail', { email: 'jean@@exemple' }, ['n’est pas valide']],
    ['a weak password', { password: 'motdepasse', passwordConfirm: 'motdepasse' }, ['au moins 12 caractères']],
    ['passwords that differ', { passwordConfirm: 'Autre-mot-2-passe-42' }, ['ne sont pas identiques']],
    ['terms not accepted', { acceptTerms: '' }, ['conditions']],
  ])('refuses %s with French field errors, a 400 and the values kept', async (_case, overrides, messages) => {
    const form = signupForm(overrides)
    const { status, html } = await webClient().post('/inscription', form)
    expect(status).toBe(400)
    for (const message of messages) expect(html).toMatch(new RegExp(message))
    expect(html).toContain('aria-invalid="true"')
    if (form.email) expect(html).toContain(`value="${form.email}"`)
    expect(html).not.toContain(form.password || 'never-there')
  })

  it('answers a taken e-mail exactly as a new one (the owner is told by mail)', async () => {
    const owner = await createAccount('investor')
    const fresh = await webClient().post('/inscription', signupForm())
    const taken = await webClient().post('/inscription', signupForm({ email: owner.email }))
    expect(taken.status).toBe(fresh.status)
    expect(taken.html).toMatch(/Vérifiez votre boîte de réception/)
    expect(taken.html).not.toMatch(/existe déjà/)
    await lastMailTo(owner.email, /inscription a été tentée/)
  })
})

describe('login action', () => {
  it('refuses a wrong password in French, without saying which part was wrong', async () => {
    const account = await createAccount('investor')
    const { status, html } = await webClient().post('/connexion', { email: account.email, password: 'Mauvais-mot-2-passe' })
    expect(status).toBe(400)
    expect(html).toMatch(/Adresse e-mail ou mot de passe incorrect/)
    expect(html).toContain(`value="${account.email}"`)
  })

  it('keeps a redirect inside the site only', async () => {
    const account = await createAccount('investor')
    const outside = await webClient().post('/connexion', {
      email: account.email,
      password: TEST_PASSWORD,
      redirectTo: 'https://evil.example/',
    })
    expect(outside.status).toBe(302)
    expect(outside.location).toBe('/portail')
  })
})

describe('logout action', () => {
  it('ends the Payload session: the token web held no longer works', async () => {
    const account = await createAccount('investor')
    const client = webClient()
    expect((await client.post('/connexion', { email: account.email, password: TEST_PASSWORD })).status).toBe(302)
    const token = await tokenIn(client.cookie('atlas_session'))
    expect(token).toBeTruthy()
    expect((await rest('GET', '/users/me', { token })).body.user?.email).toBe(account.email)

    const out = await client.post('/deconnexion', {})
    expect(out.status).toBe(302)
    expect((await rest('GET', '/users/me', { token })).body.user).toBeNull()
    expect((await client.get('/portail')).location).toMatch(/^\/connexion/)
  })
})

describe('password reset', () => {
  it('mails a link to web, which sets a new password and signs the person in', async () => {
    const account = await createAccount('investor')
    const payload = await testPayload()
    const asked = await webClient().post('/mot-de-passe-oublie', { email: account.email })
    expect(asked.status).toBe(200)

    // The account also got its welcome mail: take the reset one.
    const mail = (
      await payload.find({
        collection: 'emails',
        where: { and: [{ to: { equals: account.email } }, { subject: { like: 'mot de passe' } }] },
        overrideAccess: true,
      })
    ).docs[0]
    expect(mail?.subject).toMatch(/mot de passe/i)
    const link = /href="([^"]+reinitialiser-mot-de-passe\?token=[^"]+)"/.exec(mail?.html ?? '')?.[1]
    expect(link).toBeTruthy()
    const url = new URL(link!)

    const client = webClient()
    expect((await client.get(`${url.pathname}${url.search}`)).status).toBe(200)
    const newPassword = 'Nouveau-mot-2-passe-2026'
    const done = await client.post(`${url.pathname}${url.search}`, {
      token: url.searchParams.get('token')!,
      password: newPassword,
      passwordConfirm: newPassword,
    })
    expect(done.status).toBe(302)
    expect(done.location).toBe('/portail')
    expect((await rest('POST', '/users/login', { body: { email: account.email, password: newPassword } })).status).toBe(200)
  })

  it('answers an unknown e-mail exactly like a known one', async () => {
    const { status, html } = await webClient().post('/mot-de-passe-oublie', { email: uniqueEmail('nobody') })
    expect(status).toBe(200)
    expect(html).toMatch(/Si un compte existe/)
  })

  it('shows a clear page for a forged token, never a 500', async () => {
    const client = webClient()
    const page = await client.post('/reinitialiser-mot-de-passe?token=forged', {
      token: 'forged',
      password: 'Nouveau-mot-2-passe-2026',
      passwordConfirm: 'Nouveau-mot-2-passe-2026',
    })
    expect(page.status).toBeLessThan(500)
    expect(page.html).toMatch(/lien de réinitialisation n’est plus valable/)
  })
})

describe('health', () => {
  it('/healthz reports the cms up', async () => {
    const { status, html } = await webClient().get('/healthz')
    expect(status).toBe(200)
    expect(JSON.parse(html)).toEqual({ status: 'ok', cms: 'up' })
  })
})
