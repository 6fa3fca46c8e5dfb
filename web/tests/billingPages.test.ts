import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, TEST_PASSWORD, uniqueEmail, type Account } from '../../tests/support/accounts'
import { lastMailTo, linkIn } from '../../tests/support/outbox'
import { testPayload } from '../../tests/support/payload'
import { testEnv } from '../../tests/support/env'
import { makePlan, signedInClient } from './billingSupport'
import { webClient } from './webClient'

/** Issue #13: choosing a plan, the demo checkout, the confirmation and "Mon abonnement", as a browser without JavaScript uses them. */

/** The page's words, every kind of space (prices use no-break spaces) as one plain space. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, '\'').replace(/&amp;/g, '&').replace(/[\s\u00a0\u202f]+/g, ' ')

let plan: { id: number | string; name: string }
let monthlyOnly: { id: number | string; name: string }

beforeAll(async () => {
  plan = await makePlan({ trialDays: 14 })
  monthlyOnly = await makePlan({ yearly: false })
})

describe('/abonnement/choisir', () => {
  it('shows a visitor the plan, its price TTC and HT, the trial, and sign-up / login links that come back here', async () => {
    const { status, html } = await webClient().get(`/abonnement/choisir?offre=${plan.id}&periode=mois`)
    expect(status).toBe(200)
    const page = text(html)
    expect(page).toContain(`Votre abonnement ${plan.name}`)
    // 2 900 TTC at 20 %: 2 900 / 1.2 = 2 416.67 → 24,17 € HT
    expect(page).toContain(`29 € TTC / mois`)
    expect(page).toContain(`soit 24,17 € HT (TVA 20 %)`)
    expect(page).toContain('14 jours d’essai gratuit')
    const back = encodeURIComponent(`/abonnement/choisir?offre=${plan.id}&periode=mois`)
    expect(html).toContain(`href="/inscription?redirectTo=${back}"`)
    expect(html).toContain(`href="/connexion?redirectTo=${back}"`)
    expect(html).not.toContain('name="planId"')
  })

  it('switches to the yearly price, and says when a plan is monthly only', async () => {
    const yearly = text((await webClient().get(`/abonnement/choisir?offre=${plan.id}&periode=an`)).html)
    // 29 000 / 1.2 = 24 166.67 → 241,67 € HT
    expect(yearly).toContain(`290 € TTC / an`)
    expect(yearly).toContain(`241,67 € HT`)
    const only = await webClient().get(`/abonnement/choisir?offre=${monthlyOnly.id}&periode=an`)
    expect(only.status).toBe(200)
    expect(text(only.html)).toContain('Cette offre n’est proposée qu’au mois.')
    expect(text(only.html)).toContain(`29 € TTC / mois`)
  })

  it('speaks English to an English reader', async () => {
    const { html } = await webClient({ 'Accept-Language': 'en-GB,en;q=0.9' }).get(`/abonnement/choisir?offre=${plan.id}&periode=mois`)
    const page = text(html)
    expect(page).toContain(`Your ${plan.name} subscription`)
    expect(page).toContain('€29 incl. VAT / month')
    expect(page).toContain('i.e. €24.17 excl. VAT (20% VAT)')
    expect(page).toContain('14-day free trial')
  })

  it('answers 404 with a way back to the plans for an unknown plan', async () => {
    for (const query of ['offre=999999999&periode=mois', 'offre=abc', '']) {
      const { status, html } = await webClient().get(`/abonnement/choisir?${query}`)
      expect(status).toBe(404)
      expect(text(html)).toContain('Cette offre n’existe pas ou n’est plus proposée.')
      expect(html).toContain('href="/tarifs"')
    }
  })

  it('links the paid plans of /tarifs to it, and the free plan to sign-up', async () => {
    const { html } = await webClient().get('/tarifs')
    expect(html).toMatch(/href="\/abonnement\/choisir\?offre=\d+&amp;periode=mois"/)
    expect(html).toContain('href="/inscription"')
  })

  it('brings a visitor who signs up from it back to it after the mail’s link and the login', async () => {
    const client = webClient()
    const email = uniqueEmail('abonne')
    const back = `/abonnement/choisir?offre=${plan.id}&periode=mois`
    const sent = await client.post(`/inscription?redirectTo=${encodeURIComponent(back)}`, {
      name: 'Inès Abonnée', email, password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD, acceptTerms: 'on', redirectTo: back,
    })
    expect(sent.status).toBe(200)
    expect(sent.html).toContain(`href="/connexion?redirectTo=${encodeURIComponent(back)}"`)
    const link = linkIn(await lastMailTo(email, /Confirmez votre adresse/), '/verifier-email')
    const verified = await client.get(`${link.pathname}${link.search}`)
    expect(verified.html).toContain('data-testid="email-verified"')
    expect(verified.html).toContain(`href="/connexion?redirectTo=${encodeURIComponent(back)}"`)
    const login = await client.post('/connexion', { email, password: TEST_PASSWORD, redirectTo: back })
    expect(login.status).toBe(302)
    expect(login.location).toBe(back)
    expect((await client.get(back)).html).toContain('name="planId"')
  })

  it('never sends a sign-up to another site', async () => {
    const client = webClient()
    const email = uniqueEmail('ailleurs')
    const sent = await client.post('/inscription', {
      name: 'Paul Ailleurs', email, password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD, acceptTerms: 'on', redirectTo: '//evil.example/x',
    })
    expect(sent.status).toBe(200)
    expect(sent.html).toContain('href="/connexion"')
    expect(sent.html).not.toContain('evil.example')
  })

  it('refuses a made-up interval with a French message, keeping the page', async () => {
    const investor = await createAccount('investor')
    const client = await signedInClient(investor)
    const refused = await client.post(`/abonnement/choisir?offre=${plan.id}&periode=mois`, { planId: String(plan.id), periode: 'semaine' })
    expect(refused.status).toBe(400)
    expect(text(refused.html)).toContain('Choisissez une offre et une périodicité proposées.')
    expect(refused.html).toContain('name="planId"')
  })
})

describe('subscribing on the demo checkout', () => {
  let investor: Account
  let client: Awaited<ReturnType<typeof signedInClient>>
  let sessionId: string

  beforeAll(async () => {
    investor = await createAccount('investor')
    client = await signedInClient(investor)
  })

  it('shows "Mon abonnement" without a subscription: the offers', async () => {
    const { status, html } = await client.get('/portail/abonnement')
    expect(status).toBe(200)
    expect(html).toContain('data-testid="no-subscription"')
    expect(html).toContain('href="/tarifs"')
    expect(html).toContain('data-testid="nav-subscription"')
  })

  it('labels the demo checkout, shows plan, amount and trial, and pays through the cms', async () => {
    const started = await client.post(`/abonnement/choisir?offre=${plan.id}&periode=mois`, { planId: String(plan.id), periode: 'mois' })
    expect(started.status).toBe(302)
    const demo = new URL(started.location!)
    expect(demo.origin).toBe(new URL(testEnv.webUrl).origin)
    const page = await client.get(demo.pathname)
    expect(page.status).toBe(200)
    expect(text(page.html)).toContain('Paiement de démonstration — aucun débit')
    expect(text(page.html)).toContain(plan.name)
    expect(text(page.html)).toContain(`29 €`)
    expect(text(page.html)).toContain('14 jours d’essai gratuit')
    // Someone else cannot see it, nor pay it.
    const other = await signedInClient(await createAccount('investor'))
    expect((await other.get(demo.pathname)).status).toBe(404)
    sessionId = demo.pathname.split('/').at(-1)!
    // Like Stripe Checkout, it asks the billing address: labelled, with autocomplete hints.
    for (const [name, autocomplete] of [['line1', 'billing address-line1'], ['postalCode', 'billing postal-code'], ['city', 'billing address-level2'], ['country', 'billing country']]) {
      expect(page.html).toContain(`for="field-${name}"`)
      expect(page.html).toMatch(new RegExp(`name="${name}"[^>]*autoComplete="${autocomplete}"|autoComplete="${autocomplete}"[^>]*name="${name}"`, 'i'))
    }
    expect(text(page.html)).toContain('Adresse de facturation')
    // No city: the error at the field, the typed values kept, nothing paid.
    const refused = await client.post(demo.pathname, { intent: 'pay', line1: '12 rue de la Roquette', postalCode: '75011', city: '', country: 'FR' })
    expect(refused.status).toBe(400)
    expect(refused.html).toMatch(/id="field-city-error"[^>]*>Ce champ de l’adresse de facturation est obligatoire\./)
    expect(refused.html).toContain('value="12 rue de la Roquette"')
    expect(refused.html).toContain('value="75011"')
    const badPostcode = await client.post(demo.pathname, { intent: 'pay', line1: '12 rue de la Roquette', postalCode: '7501', city: 'Paris', country: 'FR' })
    expect(badPostcode.status).toBe(400)
    expect(text(badPostcode.html)).toContain('Un code postal français compte 5 chiffres (exemple : 75011).')
    const paid = await client.post(demo.pathname, { intent: 'pay', name: '', line1: '12 rue de la Roquette', line2: '', postalCode: '75011', city: 'Paris', country: 'FR' })
    expect(paid.status).toBe(302)
    expect(paid.location).toBe(`/portail/abonnement/confirmation?session=${sessionId}`)
  })

  it('confirms from the real state, not from the query string', async () => {
    const confirmed = await client.get(`/portail/abonnement/confirmation?session=${sessionId}`)
    expect(confirmed.status).toBe(200)
    expect(text(confirmed.html)).toContain(`Votre abonnement ${plan.name} est actif`)
    expect(confirmed.html).not.toContain('http-equiv="refresh"')
    // Another investor naming the same session learns nothing.
    const other = await signedInClient(await createAccount('investor'))
    const refused = await other.get(`/portail/abonnement/confirmation?session=${sessionId}`)
    expect(refused.status).toBe(404)
    expect(text(refused.html)).not.toContain('est actif')
  })

  it('shows the subscription on "Mon abonnement": plan, status in words, trial end, next payment', async () => {
    const payload = await testPayload()
    const stored = (await payload.find({ collection: 'subscriptions', overrideAccess: true, where: { customer: { equals: investor.id } } })).docs[0]!
    expect(stored.status).toBe('trialing')
    const page = text((await client.get('/portail/abonnement')).html)
    expect(page).toContain(plan.name)
    expect(page).toContain('Période d’essai')
    expect(page).toMatch(/Essai gratuit jusqu’au \d{1,2} \S+ \d{4}/)
    expect(page).toMatch(new RegExp(`29 € le \\d{1,2} \\S+ \\d{4}`))
    expect(page).not.toContain('Votre dernier paiement a échoué')
  })

  it('refuses a second subscription with 409, a message and a link to "Mon abonnement"', async () => {
    const again = await client.post(`/abonnement/choisir?offre=${plan.id}&periode=an`, { planId: String(plan.id), periode: 'an' })
    expect(again.status).toBe(409)
    expect(text(again.html)).toContain('Vous avez déjà un abonnement en cours.')
    expect(again.html).toContain('href="/portail/abonnement"')
  })

  it('"Gérer mon abonnement" goes to the portal the cms names (the demo one here)', async () => {
    const manage = await client.post('/portail/abonnement', {})
    expect(manage.status).toBe(302)
    expect(manage.location).toBe(`${testEnv.webUrl}/portail/abonnement/gerer`)
  })

  it('shows the banner after a failed renewal until a paid one, and cancels to the period end', async () => {
    const failed = await client.post('/portail/abonnement/gerer', { intent: 'renew-failed' })
    expect(failed.status).toBe(302)
    const withBanner = await client.get('/portail')
    expect(text(withBanner.html)).toContain('Votre dernier paiement a échoué — mettre à jour votre moyen de paiement')
    await lastMailTo(investor.email, /problème est survenu avec votre paiement/)
    expect((await client.post('/portail/abonnement/gerer', { intent: 'renew-paid' })).status).toBe(302)
    expect(text((await client.get('/portail')).html)).not.toContain('Votre dernier paiement a échoué')

    expect((await client.post('/portail/abonnement/gerer', { intent: 'cancel' })).status).toBe(302)
    const cancelled = text((await client.get('/portail/abonnement')).html)
    expect(cancelled).toMatch(/Résiliation le \d{1,2} \S+ \d{4} : vous gardez l’accès jusqu’à cette date\./)
    expect((await client.post('/portail/abonnement/gerer', { intent: 'resume' })).status).toBe(302)
    expect(text((await client.get('/portail/abonnement')).html)).not.toContain('Résiliation le')
  })

  it('refuses an unknown portal action with a French message', async () => {
    const refused = await client.post('/portail/abonnement/gerer', { intent: 'delete-everything' })
    expect(refused.status).toBe(400)
    expect(text(refused.html)).toContain('Choisissez une offre et une périodicité proposées.')
  })
})

describe('cancelling on the demo checkout', () => {
  it('creates nothing and the confirmation says it is over', async () => {
    const investor = await createAccount('investor')
    const client = await signedInClient(investor)
    const started = await client.post(`/abonnement/choisir?offre=${plan.id}&periode=mois`, { planId: String(plan.id), periode: 'mois' })
    const demo = new URL(started.location!)
    const cancelled = await client.post(demo.pathname, { intent: 'cancel' })
    expect(cancelled.status).toBe(200)
    expect(text(cancelled.html)).toContain('Paiement annulé : aucun abonnement n’a été créé')
    const payload = await testPayload()
    expect((await payload.count({ collection: 'subscriptions', overrideAccess: true, where: { customer: { equals: investor.id } } })).totalDocs).toBe(0)
    const confirmation = await client.get(`/portail/abonnement/confirmation?session=${demo.pathname.split('/').at(-1)}`)
    expect(text(confirmation.html)).not.toContain('est actif')
    expect(confirmation.html).toContain('data-state="expired"')
  })
})

describe('the invoice PDF route', () => {
  it('answers 404 in French for an invoice that is not the reader’s, and sends a visitor to log in', async () => {
    const client = await signedInClient(await createAccount('investor'))
    for (const id of ['999999999', 'abc']) {
      const refused = await client.get(`/portail/abonnement/factures/${id}/pdf`)
      expect(refused.status).toBe(404)
      expect(refused.html).toBe('Cette facture n’existe pas ou n’est pas la vôtre.')
    }
    const visitor = await webClient().get('/portail/abonnement/factures/1/pdf')
    expect(visitor.status).toBe(302)
    expect(visitor.location).toContain('/connexion?redirectTo=')
  })
})
