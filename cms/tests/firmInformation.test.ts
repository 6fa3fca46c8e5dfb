import { describe, expect, it } from 'vitest'
import { isOrias, isSiren, passesLuhn } from '@atlas/shared/firm'
import type { Firm } from '@atlas/shared/payload-types'
import { createAccount } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { DEMO_FIRM } from '../src/seed/demoFirm'

/** The firm's legal information (globals/Firm): public, admin-edited, checked field by field, at the foot of every mail. */

const stored = async () => (await (await testPayload()).findGlobal({ slug: 'firm', overrideAccess: true, depth: 0 })) as Firm

/** What an admin's update of one field answers, the rest of the stored global unchanged. */
const adminUpdate = async (change: (firm: Firm) => Partial<Firm>, language = 'fr') => {
  // A field's message follows the account's own language first (i18n/requestLocale.ts).
  const admin = await createAccount('admin', { locale: language })
  const { id: _id, updatedAt: _u, createdAt: _c, ...current } = await stored()
  return rest('POST', '/globals/firm', { token: admin.token, body: { ...current, ...change(current as Firm) }, headers: { 'Accept-Language': language } })
}

const fieldError = (body: { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }, path: string) =>
  body.errors?.[0]?.data?.errors?.find((error) => error.path === path)?.message

describe('the firm information a visitor reads', () => {
  it('is public: an anonymous GET answers the seeded legal name, SIREN and ORIAS number', async () => {
    const { status, body } = await rest('GET', '/globals/firm')
    expect(status).toBe(200)
    expect(body).toMatchObject({ legalName: DEMO_FIRM.legalName, siren: DEMO_FIRM.siren, orias: { number: DEMO_FIRM.orias.number } })
  })

  it('is only ever changed by an admin: an advisor’s update is refused and nothing changes', async () => {
    const advisor = await createAccount('advisor')
    const before = await stored()
    const { status } = await rest('POST', '/globals/firm', { token: advisor.token, body: { legalName: 'Cabinet pirate' } })
    expect(status).toBe(403)
    expect((await stored()).legalName).toBe(before.legalName)
  })
})

describe('the demo firm', () => {
  it('is clearly fictitious yet valid: marked (fictif), a SIREN that passes Luhn, ORIAS all zeros, exemple domains only', async () => {
    const firm = await stored()
    expect(firm.legalName).toContain('(fictif)')
    expect(isSiren(firm.siren)).toBe(true)
    expect(firm.orias.number).toBe('00000000')
    for (const address of [firm.email, firm.dpo.email, firm.mediator.website ?? '']) expect(address).toMatch(/\.exemple$/)
    expect(JSON.stringify(firm)).not.toMatch(/à compléter|atlas\.example/)
  })
})

describe('a firm field the admin gets wrong is refused at that field, in French first', () => {
  it.each([
    ['siren', () => ({ siren: '123456789' }), 'clé de contrôle', 'check digit'],
    ['siren', () => ({ siren: '12345678' }), '9 chiffres', '9 digits'],
    ['orias.number', (firm: Firm) => ({ orias: { ...firm.orias, number: '1234' } }), '8 chiffres', '8 digits'],
    ['email', () => ({ email: 'contact-at-atlas' }), 'adresse e-mail', 'e-mail address'],
    ['dpo.email', (firm: Firm) => ({ dpo: { ...firm.dpo, email: 'dpo@' } }), 'adresse e-mail', 'e-mail address'],
    ['address.postcode', (firm: Firm) => ({ address: { ...firm.address, postcode: '7500' } }), '5 chiffres', '5 digits'],
  ])('%s', async (path, change, french, english) => {
    const before = await stored()
    const fr = await adminUpdate(change)
    expect(fr.status).toBe(400)
    expect(fieldError(fr.body, path)).toContain(french)
    const en = await adminUpdate(change, 'en')
    expect(fieldError(en.body, path)).toContain(english)
    expect((await stored()).updatedAt).toBe(before.updatedAt)
  })

  it('a NUL character in a text field is a 400 at the field, not a database error', async () => {
    const { status, body } = await adminUpdate(() => ({ rcsCity: 'Paris\u0000' }))
    expect(status).toBe(400)
    expect(fieldError(body, 'rcsCity')).toBeTruthy()
  })

  it('the Luhn check is the one INSEE uses (a known SIREN passes, one digit off fails)', () => {
    expect(passesLuhn('732829320')).toBe(true)
    expect(isSiren('732 829 320')).toBe(true)
    expect(isSiren('732829321')).toBe(false)
    expect(isOrias('0000 0000')).toBe(true)
    expect(isOrias('0000000')).toBe(false)
  })
})

describe('every mail', () => {
  it('ends with the firm’s name, address and ORIAS number, read when it is queued', async () => {
    const payload = await testPayload()
    const { queueEmail } = await import('../src/email/queueEmail')
    const firm = await stored()
    const mail = await queueEmail(payload, { to: 'pied-de-page@test.atlas', subject: 'Pied de page', html: '<p>Bonjour</p>', text: 'Bonjour' })
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain(firm.legalName)
      expect(body).toContain(firm.address.postcode)
      expect(body).toContain(`ORIAS n° ${firm.orias.number}`)
    }
  })
})
