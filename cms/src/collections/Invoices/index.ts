import { moneyField } from '../../fields/moneyField'
import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { customerOrAdmin } from '../../access/customerOrAdmin'
import { calendarDate } from '../../fields/validators'

/**
 * Invoices: numbering, totals and PDF come with the billing work. Here:
 * the customer link, the core fields and who may see them.
 */
export const Invoices: CollectionConfig = {
  slug: 'invoices',
  labels: {
    singular: { fr: 'Facture', en: 'Invoice' },
    plural: { fr: 'Factures', en: 'Invoices' },
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'customer', 'totalInclVatCents', 'status', 'issuedAt'],
    group: { fr: 'Facturation', en: 'Billing' },
  },
  access: {
    create: admins,
    read: customerOrAdmin,
    update: admins,
    delete: admins,
  },
  fields: [
    { name: 'number', label: { fr: 'Numéro', en: 'Number' }, type: 'text', unique: true, index: true },
    {
      name: 'customer',
      label: { fr: 'Client', en: 'Customer' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
    },
    {
      name: 'status',
      label: { fr: 'Statut', en: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: [
        { value: 'draft', label: { fr: 'Brouillon', en: 'Draft' } },
        { value: 'open', label: { fr: 'À payer', en: 'Open' } },
        { value: 'paid', label: { fr: 'Payée', en: 'Paid' } },
        { value: 'void', label: { fr: 'Annulée', en: 'Void' } },
      ],
    },
    { name: 'issuedAt', label: { fr: 'Émise le', en: 'Issued at' }, type: 'date', validate: calendarDate },
    {
      name: 'lines',
      label: { fr: 'Lignes', en: 'Lines' },
      labels: { singular: { fr: 'Ligne', en: 'Line' }, plural: { fr: 'Lignes', en: 'Lines' } },
      type: 'array',
      fields: [
        { name: 'label', label: { fr: 'Désignation', en: 'Description' }, type: 'text', required: true },
        { name: 'quantity', label: { fr: 'Quantité', en: 'Quantity' }, type: 'number', required: true, min: 1 },
        moneyField({ name: 'unitPriceExclVatCents', label: { fr: 'Prix unitaire HT', en: 'Unit price excl. VAT' }, required: true }),
        {
          name: 'vatRateBps',
          label: { fr: 'TVA (points de base)', en: 'VAT (basis points)' },
          type: 'number',
          required: true,
          defaultValue: 2000,
          min: 0,
        },
      ],
    },
    moneyField({ name: 'totalExclVatCents', label: { fr: 'Total HT', en: 'Total excl. VAT' } }),
    moneyField({ name: 'totalInclVatCents', label: { fr: 'Total TTC', en: 'Total incl. VAT' } }),
    {
      name: 'stripeInvoiceId',
      label: { fr: 'Référence Stripe', en: 'Stripe reference' },
      type: 'text',
      index: true,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
