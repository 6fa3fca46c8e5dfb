import { describe, expect, it } from 'vitest'
import { uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { visitorIp } from '../../tests/support/visitor'
import { webClient } from './webClient'

/** web's /contact action over real HTTP, against the real cms. */

const asVisitor = (ip = visitorIp()) => webClient({ 'X-Forwarded-For': `203.0.113.9, ${ip}` })

const form = (overrides: Record<string, string> = {}) => ({
  firstName: 'Margaux',
  lastName: 'Petit',
  email: uniqueEmail('margaux'),
  phone: '07 01 02 03 04',
  message: 'Je voudrais préparer ma retraite avec un conseiller.',
  contactConsent: 'on',
  website: '',
  ...overrides,
})

const stored = async (email: string) =>
  (await (await testPayload()).count({ collection: 'prospects', overrideAccess: true, where: { email: { equals: email } } })).totalDocs

describe('contact page', () => {
  it('is reachable from the header and footer', async () => {
    const { status, html } = await webClient().get('/')
    expect(status).toBe(200)
    expect(html.match(/href="\/contact"/g)?.length ?? 0).toBeGreaterThanOrEqual(2)
    expect((await webClient().get('/contact')).html).toContain('Parlons de votre patrimoine')
  })

  it('stores the request as a "site" prospect and shows the confirmation page', async () => {
    const client = asVisitor()
    const values = form()
    const sent = await client.post('/contact', values)
    expect(sent.status).toBe(302)
    expect(sent.location).toBe('/contact/merci')
    expect((await client.get('/contact/merci')).html).toContain('Merci, votre demande est bien envoyée')
    const { docs } = await (await testPayload()).find({ collection: 'prospects', overrideAccess: true, where: { email: { equals: values.email } } })
    expect(docs[0]).toMatchObject({ lastName: 'Petit', firstName: 'Margaux', source: 'site', stage: 'new' })
  })

  it.each([
    ['empty', { firstName: '', lastName: '', email: '', phone: '', message: '', contactConsent: '' }, ['Indiquez votre nom', 'Indiquez votre adresse e-mail', 'Écrivez-nous quelques mots', 'Cochez cette case']],
    ['a wrong e-mail and phone', { email: 'margaux@', phone: 'appelez-moi' }, ['adresse e-mail n’est pas valide', 'numéro de téléphone n’est pas valide']],
    ['no consent', { contactConsent: '' }, ['Cochez cette case']],
  ])('refuses %s with French field errors, a 400 and the values kept', async (_case, overrides, messages) => {
    const values = form(overrides)
    const { status, html } = await asVisitor().post('/contact', values)
    expect(status).toBe(400)
    for (const message of messages) expect(html).toMatch(new RegExp(message))
    expect(html).toContain('aria-invalid="true"')
    if (values.lastName) expect(html).toContain(`value="${values.lastName}"`)
    if (values.message) expect(html).toContain(values.message)
    if (values.email) expect(await stored(values.email)).toBe(0)
  })

  it('a filled honeypot gets the same confirmation and stores nothing', async () => {
    const values = form({ website: 'http://spam.example' })
    const sent = await asVisitor().post('/contact', values)
    expect(sent.location).toBe('/contact/merci')
    expect(await stored(values.email)).toBe(0)
  })

  it('after five requests in an hour from one visitor: 429, a friendly French message, values kept', async () => {
    const ip = visitorIp()
    for (let i = 0; i < 5; i += 1) expect((await asVisitor(ip).post('/contact', form())).status).toBe(302)
    const values = form()
    const { status, html } = await asVisitor(ip).post('/contact', values)
    expect(status).toBe(429)
    expect(html).toMatch(/Réessayez dans une heure/)
    expect(html).toContain(values.message)
    expect(await stored(values.email)).toBe(0)
  })
})
