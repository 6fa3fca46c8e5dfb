import { describe, expect, it } from 'vitest'
import { createAccount, uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { asVisitor, visitorIp } from '../../tests/support/visitor'
import { ipHashOf } from '../src/rateLimit/limits'

/** A visitor's contact request, over REST as web sends it (POST /api/prospects/contact). */

const request = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Inès',
  lastName: 'Garnier',
  email: uniqueEmail('ines'),
  phone: '06 12 34 56 78',
  message: 'Bonjour, je souhaite faire le point sur mon épargne.',
  contactConsent: true,
  ...overrides,
})

const storedProspects = async (email: string) =>
  (await testPayload()).find({ collection: 'prospects', overrideAccess: true, where: { email: { equals: email } }, depth: 0 })

describe('contact request by an anonymous visitor', () => {
  it('creates a "site" prospect in stage new, owned by an advisor who gets a French mail', async () => {
    const body = request({ stage: 'won', source: 'event', estimatedAssetsCents: 1 })
    const { status } = await rest('POST', '/prospects/contact', { body, headers: asVisitor() })
    expect(status).toBe(201)
    const { docs } = await storedProspects(body.email)
    expect(docs).toHaveLength(1)
    const prospect = docs[0]!
    expect(prospect).toMatchObject({ lastName: 'Garnier', source: 'site', stage: 'new', phone: '06 12 34 56 78' })
    expect(prospect.estimatedAssetsCents ?? null).toBeNull()
    expect(prospect.contactConsentAt).toBeTruthy()
    const payload = await testPayload()
    const advisor = await payload.findByID({ collection: 'users', id: prospect.ownerAdvisor as number, overrideAccess: true })
    expect(advisor.role).toBe('advisor')
    const mails = await payload.find({
      collection: 'emails',
      overrideAccess: true,
      where: { and: [{ to: { equals: advisor.email } }, { subject: { like: 'Inès Garnier' } }] },
    })
    expect(mails.docs).toHaveLength(1)
    expect(mails.docs[0]!.subject).toBe('Nouveau prospect : Inès Garnier')
    expect(mails.docs[0]!.html).toContain(`/admin/collections/prospects/${prospect.id}`)
    expect(mails.docs[0]!.text).toContain('faire le point sur mon épargne')
  })

  it.each([
    ['nothing', {}, ['lastName', 'email', 'message', 'contactConsent']],
    ['a wrong e-mail and phone', { email: 'pas-une-adresse', phone: 'abc' }, ['email', 'phone']],
    ['no consent', { contactConsent: false }, ['contactConsent']],
    ['a too short message', { message: 'Salut' }, ['message']],
  ])('refuses %s with French errors at the fields, a 400, nothing stored', async (_case, overrides, paths) => {
    const body = _case === 'nothing' ? {} : request(overrides)
    const { status, body: answer } = await rest('POST', '/prospects/contact', { body, headers: asVisitor() })
    expect(status).toBe(400)
    const issues = answer.errors[0].data.errors as { path: string; message: string }[]
    expect(issues.map((i) => i.path).sort()).toEqual([...paths].sort())
    for (const issue of issues) expect(issue.message).toMatch(/[a-zé]/)
    if ('email' in body && typeof body.email === 'string') expect((await storedProspects(body.email)).totalDocs).toBe(0)
  })

  it('the same rules hold on the plain collection create (POST /api/prospects)', async () => {
    const { status } = await rest('POST', '/prospects', { body: { lastName: 'X', email: uniqueEmail('x') }, headers: asVisitor() })
    expect(status).toBe(400)
  })

  it('a filled honeypot looks accepted and stores nothing', async () => {
    const body = request({ website: 'https://spam.example' })
    const { status } = await rest('POST', '/prospects/contact', { body, headers: asVisitor() })
    expect(status).toBe(201)
    expect((await storedProspects(body.email)).totalDocs).toBe(0)
  })

  it('allows five requests an hour per IP, then answers 429 in French and stores nothing', async () => {
    const ip = visitorIp()
    for (let i = 0; i < 5; i += 1) {
      expect((await rest('POST', '/prospects/contact', { body: request(), headers: asVisitor(ip) })).status).toBe(201)
    }
    const sixth = request()
    const refused = await rest('POST', '/prospects/contact', { body: sixth, headers: asVisitor(ip) })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/Réessayez dans une heure/)
    expect((await storedProspects(sixth.email)).totalDocs).toBe(0)
    // Another visitor is not affected, and the database never holds the IP itself.
    expect((await rest('POST', '/prospects/contact', { body: request(), headers: asVisitor() })).status).toBe(201)
    const attempts = await (await testPayload()).find({ collection: 'contact-attempts', overrideAccess: true, limit: 0, pagination: false })
    expect(attempts.docs.some((a) => a.ipHash.includes(ip))).toBe(false)
    expect(attempts.docs.filter((a) => a.ipHash === ipHashOf(ip))).toHaveLength(5)
  })

  it('an IP header without web’s key is not believed', async () => {
    const ip = visitorIp()
    const forged = { 'x-atlas-client-ip': ip, 'x-atlas-forward-key': 'wrong' }
    // All forged requests share the caller's real bucket, not the claimed IP's: the claimed IP stays unused.
    await rest('POST', '/prospects/contact', { body: request(), headers: forged })
    for (let i = 0; i < 5; i += 1) {
      expect((await rest('POST', '/prospects/contact', { body: request(), headers: asVisitor(ip) })).status).toBe(201)
    }
  })

  it('signed-in investors and editors cannot create prospects through the contact entry', async () => {
    const investor = await createAccount('investor')
    const editor = await createAccount('editor')
    for (const token of [investor.token, editor.token]) {
      const { status } = await rest('POST', '/prospects/contact', { token, body: request(), headers: asVisitor() })
      expect(status).toBe(403)
    }
  })
})
