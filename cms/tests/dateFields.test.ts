import { describe, expect, it } from 'vitest'
import { createAccount, uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * Dates typed by people (calendarDate): text `Date` would read anyway but no
 * person means — '0' (year 2000), '2024-02-30' (1 March), '0000-01-01' — is a
 * localized 400 at its field, never a 500 from PostgreSQL, and the document
 * keeps what it had.
 */

const NONSENSE = ['0', '2024-02-30', '0000-01-01']
const fieldErrors = (body: any): { path: string; message: string }[] =>
  (body?.errors?.[0]?.data?.errors ?? []).map(({ path, message }: { path: string; message: string }) => ({ path, message }))

describe('dates typed by people', () => {
  it('refuses a nonsense next action date on a prospect, in the advisor’s language, and keeps the saved one', async () => {
    const payload = await testPayload()
    const advisor = await createAccount('advisor')
    const english = await createAccount('advisor', { locale: 'en' })
    const prospect = await payload.create({
      collection: 'prospects',
      overrideAccess: true,
      data: { firstName: 'Paul', lastName: 'Renaud', email: uniqueEmail('paul'), ownerAdvisor: advisor.id, stage: 'new', nextActionAt: '2026-12-01T09:00:00.000Z' } as never,
    })
    for (const nextActionAt of NONSENSE) {
      const { status, body } = await rest('PATCH', `/prospects/${prospect.id}`, { token: advisor.token, body: { nextActionAt } })
      expect(status, nextActionAt).toBe(400)
      expect(fieldErrors(body), nextActionAt).toEqual([{ path: 'nextActionAt', message: 'Indiquez une date valide (par exemple 15/03/2019).' }])
    }
    const own = await payload.create({
      collection: 'prospects',
      overrideAccess: true,
      data: { firstName: 'Ann', lastName: 'Lee', email: uniqueEmail('ann'), ownerAdvisor: english.id, stage: 'new' } as never,
    })
    const en = await rest('PATCH', `/prospects/${own.id}`, { token: english.token, body: { nextActionAt: '0' } })
    expect(fieldErrors(en.body)).toEqual([{ path: 'nextActionAt', message: 'Enter a valid date (for example 15/03/2019).' }])
    expect((await payload.findByID({ collection: 'prospects', id: prospect.id, overrideAccess: true })).nextActionAt).toBe('2026-12-01T09:00:00.000Z')
    const ok = await rest('PATCH', `/prospects/${prospect.id}`, { token: advisor.token, body: { nextActionAt: '2027-01-15' } })
    expect(ok.status).toBe(200)
  })

  // The issue date is the issuing code's (decision 035); the payment date of a draft is typed.
  it('refuses a nonsense payment date on a draft invoice', async () => {
    const payload = await testPayload()
    const admin = await createAccount('admin')
    const investor = await createAccount('investor')
    const invoice = await payload.create({ collection: 'invoices', overrideAccess: true, data: { customer: investor.id, kind: 'invoice', status: 'draft' } })
    for (const paidAt of NONSENSE) {
      const { status, body } = await rest('PATCH', `/invoices/${invoice.id}`, { token: admin.token, body: { paidAt } })
      expect(status, paidAt).toBe(400)
      expect(fieldErrors(body)[0]?.path, paidAt).toBe('paidAt')
    }
  })
})
