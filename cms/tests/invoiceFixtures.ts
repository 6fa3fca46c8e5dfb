import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import type { Firm, User } from '@atlas/shared/payload-types'
import { DEMO_FIRM } from '../src/seed/demoFirm'
import type { InvoiceDraft } from '../src/invoices/issue'

/** The firm global as the seed leaves it (the demo firm), whatever an earlier file changed. */
export const ensureDemoFirm = async (payload: Payload, invoicing: Partial<NonNullable<Firm['invoicing']>> = {}) =>
  payload.updateGlobal({ slug: 'firm', overrideAccess: true, data: { ...DEMO_FIRM, invoicing: { ...DEMO_FIRM.invoicing, ...invoicing } } as never })

/** An investor made through the Local API only (no login). */
export const billedInvestor = async (payload: Payload, name = 'Camille Facturée'): Promise<User> =>
  (await payload.create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: { email: `billed-${randomUUID().slice(0, 8)}@test.atlas`, password: 'Correct-horse-42-battery', name, role: 'investor', acceptTerms: true, _verified: true } as never,
  })) as unknown as User

/** A manual invoice's draft data: a consumer buyer with an address, the hand-checked lines of shared/src/billing/vat.test.ts. */
export const manualDraft = (customer: number, extra: Partial<InvoiceDraft> = {}): InvoiceDraft => ({
  kind: 'invoice',
  customer,
  buyer: { name: 'Camille Facturée', street: '12 rue des Lilas', postcode: '69003', city: 'Lyon', country: 'France', isBusiness: false },
  lines: [
    { label: 'Séance de conseil', quantity: 3, unitPriceExclVatCents: 3333, vatRateBps: 2000 },
    { label: 'Frais de dossier', quantity: 1, unitPriceExclVatCents: 1001, vatRateBps: 2000 },
    { label: 'Ouvrage', quantity: 2, unitPriceExclVatCents: 1550, vatRateBps: 550 },
  ],
  paidAt: '2026-12-04T10:00:00.000Z',
  paymentMethod: 'Virement',
  ...extra,
})
