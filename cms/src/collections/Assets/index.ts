import { moneyField } from '../../fields/moneyField'
import { usersWithRole } from '../../fields/usersWithRole'
import type { CollectionConfig } from 'payload'
import { adminsField } from '../../access/admins'
import { investorsOrAdmins } from '../../access/investorsOrAdmins'
import { ownerAdvisorOrAdmin } from '../../access/ownerAdvisorOrAdmin'
import { ownerOrAdmin } from '../../access/ownerOrAdmin'
import { plainText } from '../../fields/validators'
import { netWorthHistory } from '../../endpoints/netWorthHistory'
import { assignOwner } from '../../hooks/assignOwner'
import { checkCeilings } from './hooks/checkCeilings'
import { clearCryptoFields } from './hooks/clearCryptoFields'
import { clearLoanFields } from './hooks/clearLoanFields'
import { priceQuotedHolding } from './hooks/priceQuotedHolding'
import { recordValuation } from './hooks/recordValuation'
import { removeValuations } from './hooks/removeValuations'
import { categoryOptions, validateKind } from './categoryOptions'
import { validateAssetCategory } from './validateSingleHolding'
import { ignoreClientTimestamps } from './hooks/ignoreClientTimestamps'
import { MAX_CENTS, detailFields } from './detailFields'
import { loanFields } from './loanFields'
import { quoteFields } from './quoteFields'

export const Assets: CollectionConfig = {
  slug: 'assets',
  labels: {
    singular: { fr: 'Actif ou passif', en: 'Asset or liability' },
    plural: { fr: 'Patrimoine', en: 'Patrimony' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'owner', 'kind', 'category', 'valueCents'],
    group: { fr: 'Clients', en: 'Clients' },
  },
  access: {
    create: investorsOrAdmins,
    read: ownerAdvisorOrAdmin,
    update: ownerOrAdmin,
    delete: ownerOrAdmin,
  },
  hooks: {
    beforeValidate: [ignoreClientTimestamps, priceQuotedHolding],
    beforeChange: [assignOwner, clearCryptoFields, clearLoanFields, checkCeilings],
    afterChange: [recordValuation],
    beforeDelete: [removeValuations],
  },
  endpoints: [netWorthHistory],
  fields: [
    {
      name: 'owner',
      label: { fr: 'Investisseur', en: 'Investor' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      filterOptions: usersWithRole('investor'),
      access: { update: adminsField },
    },
    {
      name: 'kind',
      label: { fr: 'Nature', en: 'Kind' },
      type: 'select',
      required: true,
      defaultValue: 'asset',
      validate: validateKind,
      options: [
        { value: 'asset', label: { fr: 'Actif', en: 'Asset' } },
        { value: 'liability', label: { fr: 'Passif (dette)', en: 'Liability (debt)' } },
      ],
    },
    {
      name: 'category',
      label: { fr: 'Catégorie', en: 'Category' },
      type: 'select',
      required: true,
      options: categoryOptions,
      validate: validateAssetCategory,
    },
    {
      name: 'label',
      label: { fr: 'Libellé', en: 'Label' },
      type: 'text',
      required: true,
      maxLength: 120,
      validate: plainText,
    },
    {
      name: 'institution',
      label: { fr: 'Établissement', en: 'Institution' },
      type: 'text',
      maxLength: 120,
      validate: plainText,
    },
    moneyField({
      name: 'valueCents',
      label: { fr: 'Valeur', en: 'Value' },
      required: true,
      max: MAX_CENTS,
      computedWhenSet: 'priceSource',
      admin: {
        description: {
          fr: 'Crypto ou titre coté avec une quantité : calculée par Atlas (quantité × cours), la valeur saisie est remplacée.',
          en: 'Crypto or listed security with a quantity: computed by Atlas (quantity × price), a typed value is replaced.',
        },
      },
    }),
    ...detailFields,
    ...loanFields,
    ...quoteFields,
  ],
}
