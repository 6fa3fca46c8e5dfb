import type { Field, FieldAccess, NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../../i18n/requestLocale'
import { adminsField } from '../../access/admins'
import { moneyField } from '../../fields/moneyField'

const label = (fr: string, en: string) => ({ fr, en })
/** Set by the issuing code (overrideAccess) only: never through the API. */
const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
const computed = { readOnly: true }

const whole =
  (message: 'errors.invoice.rateBps' | 'errors.invoice.quantity'): NumberFieldSingleValidation =>
  (value, options) => {
    const base = number(value, options)
    if (base !== true || value == null) return base
    return Number.isInteger(value) || translate(requestLocale(options.req), message)
  }

const vatRate = (name: string): Field => ({
  name,
  label: label('TVA (points de base, 2000 = 20 %)', 'VAT (basis points, 2000 = 20%)'),
  type: 'number',
  required: true,
  defaultValue: 2000,
  min: 0,
  max: 10_000,
  validate: whole('errors.invoice.rateBps'),
})

/** The lines an admin types (HT unit price × quantity, or the TTC charged), and what the shared calc derives from them. */
export const lineFields: Field[] = [
  { name: 'label', label: label('Désignation', 'Description'), type: 'text', required: true, maxLength: 300 },
  { name: 'quantity', label: label('Quantité', 'Quantity'), type: 'number', required: true, min: 1, max: 100_000, defaultValue: 1, validate: whole('errors.invoice.quantity') },
  moneyField({ name: 'unitPriceExclVatCents', label: label('Prix unitaire HT', 'Unit price excl. VAT'), admin: { description: label('Laisser vide quand le prix TTC facturé est donné.', 'Leave empty when the charged price incl. VAT is given.') } }),
  vatRate('vatRateBps'),
  moneyField({ name: 'chargedInclVatCents', label: label('Prix TTC facturé (ligne)', 'Charged incl. VAT (line)'), admin: { description: label('Pour un prix fixé TTC (abonnement) : HT et TVA en sont déduits.', 'For a price set incl. VAT (subscription): HT and VAT are derived.') } }),
  moneyField({ name: 'exclVatCents', label: label('Total HT', 'Total excl. VAT'), admin: computed }),
  moneyField({ name: 'vatCents', label: label('TVA', 'VAT'), admin: computed }),
  moneyField({ name: 'inclVatCents', label: label('Total TTC', 'Total incl. VAT'), admin: computed }),
]

const text = (name: string, fr: string, en: string, maxLength = 160): Field => ({ name, label: label(fr, en), type: 'text', maxLength })

/** Who is invoiced, as they were at issue: typed on a manual draft, copied from the account by the Stripe path. */
export const buyerField: Field = {
  name: 'buyer',
  label: label('Client facturé', 'Billed customer'),
  type: 'group',
  fields: [
    { type: 'row', fields: [text('name', 'Nom', 'Name'), text('email', 'E-mail', 'E-mail')] },
    text('street', 'Adresse', 'Address', 240),
    { type: 'row', fields: [text('postcode', 'Code postal', 'Postcode', 20), text('city', 'Ville', 'City', 80), text('country', 'Pays', 'Country', 80)] },
    { name: 'isBusiness', label: label('Client professionnel', 'Business customer'), type: 'checkbox', defaultValue: false },
    { type: 'row', fields: [text('companyName', 'Raison sociale', 'Company name'), text('vatNumber', 'N° TVA', 'VAT number', 40)] },
  ],
}

/** The seller as the firm global read at issue (docs/decisions/027 and 035): never typed, never changed. */
export const sellerField: Field = {
  name: 'seller',
  label: label('Émetteur (à l’émission)', 'Seller (at issue)'),
  type: 'group',
  access: systemOnly,
  admin: { readOnly: true, condition: (data) => data?.status === 'issued' },
  fields: [
    { type: 'row', fields: [text('legalName', 'Raison sociale', 'Company name'), text('legalForm', 'Forme juridique', 'Legal form')] },
    moneyField({ name: 'capitalCents', label: label('Capital social', 'Share capital') }),
    { type: 'row', fields: [text('siren', 'SIREN', 'SIREN', 20), text('rcsCity', 'Ville du RCS', 'Trade register city', 80), text('vatNumber', 'N° TVA', 'VAT number', 40)] },
    text('street', 'Rue', 'Street', 240),
    { type: 'row', fields: [text('postcode', 'Code postal', 'Postcode', 20), text('city', 'Ville', 'City', 80)] },
    { type: 'row', fields: [text('email', 'E-mail', 'E-mail'), text('phone', 'Téléphone', 'Phone', 40)] },
    { name: 'vatFranchise', label: label('Franchise en base de TVA', 'VAT franchise'), type: 'checkbox', defaultValue: false },
    text('latePaymentPenalty', 'Pénalités de retard', 'Late-payment penalties'),
    { name: 'logo', label: label('Logo', 'Logo'), type: 'relationship', relationTo: 'media' },
  ],
}

export const totalsFields: Field[] = [
  {
    name: 'vatBreakdown',
    label: label('TVA par taux', 'VAT by rate'),
    labels: { singular: label('Taux', 'Rate'), plural: label('Taux', 'Rates') },
    type: 'array',
    access: systemOnly,
    admin: { readOnly: true },
    fields: [
      { name: 'vatRateBps', label: label('Taux (points de base)', 'Rate (basis points)'), type: 'number' },
      moneyField({ name: 'exclVatCents', label: label('Base HT', 'Base excl. VAT') }),
      moneyField({ name: 'vatCents', label: label('TVA', 'VAT') }),
      moneyField({ name: 'inclVatCents', label: label('TTC', 'Incl. VAT') }),
    ],
  },
  {
    type: 'row',
    fields: [
      moneyField({ name: 'totalExclVatCents', label: label('Total HT', 'Total excl. VAT'), access: systemOnly, admin: computed }),
      moneyField({ name: 'totalVatCents', label: label('Total TVA', 'Total VAT'), access: systemOnly, admin: computed }),
      moneyField({ name: 'totalInclVatCents', label: label('Total TTC', 'Total incl. VAT'), access: systemOnly, admin: computed }),
    ],
  },
]

/** Stripe's ids and the stored PDF: read by admins only (the customer downloads through GET /api/invoices/:id/pdf). */
export const systemFields: Field[] = [
  {
    name: 'stripeInvoiceId',
    label: label('Référence Stripe', 'Stripe reference'),
    type: 'text',
    unique: true,
    index: true,
    access: { read: adminsField, ...systemOnly },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.stripeInvoiceId) },
  },
  {
    name: 'stripeRefundKey',
    label: label('Remboursement Stripe', 'Stripe refund'),
    type: 'text',
    unique: true,
    index: true,
    access: { read: adminsField, ...systemOnly },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.stripeRefundKey) },
  },
  { name: 'stripePaymentIntentId', type: 'text', index: true, access: { read: adminsField, ...systemOnly }, admin: { hidden: true } },
  { name: 'pdfFile', type: 'text', access: { read: adminsField, ...systemOnly }, admin: { hidden: true } },
  {
    name: 'pdfSha256',
    label: label('Empreinte SHA-256 du PDF', 'PDF SHA-256'),
    type: 'text',
    access: { read: adminsField, ...systemOnly },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.pdfSha256) },
  },
]
