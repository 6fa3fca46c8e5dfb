import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { calendarDate } from '../../fields/validators'
import { draftsForAdmins } from '../../access/draftsForAdmins'
import { issuedToCustomerOrAdmin } from '../../access/issuedToCustomerOrAdmin'
import { creditNoteEndpoint } from '../../invoices/endpoints/creditNoteEndpoint'
import { issueEndpoint } from '../../invoices/endpoints/issueEndpoint'
import { invoicePdfEndpoint } from '../../invoices/endpoints/invoicePdfEndpoint'
import { buyerField, lineFields, sellerField, systemFields, totalsFields } from './fields'
import { computeTotals } from './hooks/computeTotals'
import { keepIssuedInvoices, refuseDeletingIssued } from './hooks/keepIssuedInvoices'

const label = (fr: string, en: string) => ({ fr, en })
const systemOnly = { create: () => false, update: () => false }

/**
 * Invoices and credit notes (avoirs) as French law wants them —
 * docs/decisions/035-invoices.md. An admin drafts a manual invoice and issues
 * it (POST /api/invoices/:id/issue); paid Stripe invoices are issued by the
 * webhook (invoices/fromStripe.ts). Issuing gives the gapless number of the
 * year, the seller snapshot, and queues the PDF (rendered once, stored
 * privately, GET /api/invoices/:id/pdf). Issued documents never change: a
 * correction or refund is a credit note (POST /api/invoices/:id/credit-note).
 */
export const Invoices: CollectionConfig<'invoices'> = {
  slug: 'invoices',
  labels: {
    singular: label('Facture', 'Invoice'),
    plural: label('Factures', 'Invoices'),
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'kind', 'customer', 'totalInclVatCents', 'status', 'issuedAt'],
    group: label('Facturation', 'Billing'),
  },
  access: {
    create: admins,
    read: issuedToCustomerOrAdmin,
    update: draftsForAdmins,
    delete: draftsForAdmins,
  },
  hooks: {
    beforeChange: [keepIssuedInvoices, computeTotals],
    beforeDelete: [refuseDeletingIssued],
  },
  endpoints: [issueEndpoint, creditNoteEndpoint, invoicePdfEndpoint],
  fields: [
    {
      name: 'actions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/components/InvoiceActions#InvoiceActions' } },
    },
    { name: 'number', label: label('Numéro', 'Number'), type: 'text', unique: true, index: true, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'kind',
      label: label('Type', 'Kind'),
      type: 'select',
      required: true,
      defaultValue: 'invoice',
      access: systemOnly,
      options: [
        { value: 'invoice', label: label('Facture', 'Invoice') },
        { value: 'credit-note', label: label('Avoir', 'Credit note') },
      ],
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'creditedInvoice',
      label: label('Facture créditée', 'Credited invoice'),
      type: 'relationship',
      relationTo: 'invoices',
      index: true,
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.kind === 'credit-note' },
    },
    {
      name: 'status',
      label: label('Statut', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      access: systemOnly,
      options: [
        { value: 'draft', label: label('Brouillon', 'Draft') },
        { value: 'issued', label: label('Émise', 'Issued') },
      ],
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'issuedAt', label: label('Émise le', 'Issued at'), type: 'date', validate: calendarDate, access: systemOnly, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'customer',
      label: label('Client', 'Customer'),
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
    },
    buyerField,
    {
      name: 'lines',
      label: label('Lignes', 'Lines'),
      labels: { singular: label('Ligne', 'Line'), plural: label('Lignes', 'Lines') },
      type: 'array',
      fields: lineFields,
    },
    ...totalsFields,
    {
      type: 'row',
      fields: [
        { name: 'paidAt', label: label('Payée le', 'Paid on'), type: 'date', validate: calendarDate },
        { name: 'paymentMethod', label: label('Moyen de paiement', 'Payment method'), type: 'text', maxLength: 120 },
      ],
    },
    { name: 'note', label: label('Motif (avoir)', 'Reason (credit note)'), type: 'text', maxLength: 300, admin: { condition: (data) => data?.kind === 'credit-note' } },
    sellerField,
    ...systemFields,
  ],
}
