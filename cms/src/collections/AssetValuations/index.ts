import { moneyField } from '../../fields/moneyField'
import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { ownerAdvisorOrAdmin } from '../../access/ownerAdvisorOrAdmin'

/**
 * Dated values of each asset — the points net worth over time is drawn from.
 * Written only by the assets hooks (recordValuation, removeValuations), read
 * under the same rule as assets.
 */
export const AssetValuations: CollectionConfig = {
  slug: 'asset-valuations',
  labels: {
    singular: { fr: 'Valorisation', en: 'Valuation' },
    plural: { fr: 'Historique des valorisations', en: 'Valuation history' },
  },
  admin: {
    defaultColumns: ['asset', 'owner', 'valuedAt', 'valueCents', 'kind'],
    group: { fr: 'Clients', en: 'Clients' },
  },
  access: { create: nobody, read: ownerAdvisorOrAdmin, update: nobody, delete: admins },
  indexes: [{ fields: ['owner', 'valuedAt'] }],
  fields: [
    { name: 'asset', label: { fr: 'Actif', en: 'Asset' }, type: 'relationship', relationTo: 'assets', required: true, index: true },
    { name: 'owner', label: { fr: 'Investisseur', en: 'Investor' }, type: 'relationship', relationTo: 'users', required: true },
    { name: 'valuedAt', label: { fr: 'Date', en: 'Date' }, type: 'date', required: true },
    moneyField({ name: 'valueCents', label: { fr: 'Valeur', en: 'Value' }, required: true }),
    // The asset's versements at that date (empty: not known), so a period's gain does not count new money (decision 030).
    moneyField({ name: 'contributionsCents', label: { fr: 'Versements', en: 'Contributions' } }),
    {
      name: 'ownershipSharePct',
      label: { fr: 'Part détenue (%)', en: 'Share owned (%)' },
      type: 'number',
      required: true,
      defaultValue: 100,
      min: 0,
      max: 100,
    },
    {
      name: 'kind',
      label: { fr: 'Nature', en: 'Kind' },
      type: 'select',
      required: true,
      options: [
        { value: 'asset', label: { fr: 'Actif', en: 'Asset' } },
        { value: 'liability', label: { fr: 'Passif (dette)', en: 'Liability (debt)' } },
      ],
    },
  ],
}
