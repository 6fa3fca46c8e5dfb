import type { GlobalConfig } from 'payload'
import { ORIAS_CATEGORIES } from '@atlas/shared/firm'
import { translate } from '@atlas/shared/i18n'
import { admins } from '../../access/admins'
import { anyone } from '../../access/anyone'
import { wholeCents } from '../../fields/validators'
import { emailValid, oriasValid, postcodeValid, sirenValid, urlValid, vatNumberValid } from './validators'

const label = (fr: string, en: string) => ({ fr, en })

/**
 * The firm's legal information, in one place (docs/decisions/027-firm-information.md):
 * web's legal notice, CGU, privacy page and footer, and every mail's footer
 * read it. Everything here is what the law makes public, so anyone reads it;
 * only admins change it. Versions keep who changed what (readVersions follows
 * read, access/secureConfig.ts).
 */
export const Firm: GlobalConfig = {
  slug: 'firm',
  label: label('Informations du cabinet', 'Firm information'),
  admin: { group: label('Paramètres', 'Settings') },
  versions: { max: 20 },
  access: { read: anyone, update: admins },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'legalName', label: label('Raison sociale', 'Company name'), type: 'text', required: true, maxLength: 120 },
        { name: 'legalForm', label: label('Forme juridique', 'Legal form'), type: 'text', required: true, maxLength: 80 },
        {
          name: 'capitalCents',
          label: label('Capital social (centimes)', 'Share capital (cents)'),
          type: 'number',
          required: true,
          min: 0,
          max: 100_000_000_000,
          validate: wholeCents,
          admin: { description: label('1000000 = 10 000,00 €.', '1000000 = €10,000.00.') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'siren', label: label('SIREN', 'SIREN'), type: 'text', required: true, validate: sirenValid, admin: { description: label('9 chiffres.', '9 digits.') } },
        { name: 'rcsCity', label: label('Ville du RCS', 'Trade register city'), type: 'text', required: true, maxLength: 80 },
      ],
    },
    {
      name: 'address',
      label: label('Siège social', 'Registered office'),
      type: 'group',
      fields: [
        { name: 'street', label: label('Rue', 'Street'), type: 'text', required: true, maxLength: 160 },
        {
          type: 'row',
          fields: [
            { name: 'postcode', label: label('Code postal', 'Postcode'), type: 'text', required: true, validate: postcodeValid },
            { name: 'city', label: label('Ville', 'City'), type: 'text', required: true, maxLength: 80 },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', label: label('Téléphone', 'Phone'), type: 'text', maxLength: 30 },
        { name: 'email', label: label('E-mail de contact', 'Contact e-mail'), type: 'text', required: true, validate: emailValid },
      ],
    },
    {
      name: 'orias',
      label: label('Immatriculation ORIAS', 'ORIAS registration'),
      type: 'group',
      fields: [
        { name: 'number', label: label('Numéro ORIAS', 'ORIAS number'), type: 'text', required: true, validate: oriasValid, admin: { description: label('8 chiffres.', '8 digits.') } },
        {
          name: 'categories',
          label: label('Catégories', 'Categories'),
          type: 'select',
          hasMany: true,
          required: true,
          options: ORIAS_CATEGORIES.map((value) => ({ value, label: label(translate('fr', `firm.category.${value}`), translate('en', `firm.category.${value}`)) })),
        },
      ],
    },
    {
      name: 'cifAssociation',
      label: label('Association professionnelle de CIF', 'CIF professional association'),
      type: 'text',
      maxLength: 160,
      admin: { description: label('Association agréée par l’AMF dont le cabinet est membre.', 'AMF-approved association the firm belongs to.') },
    },
    {
      name: 'insurance',
      label: label('Assurance responsabilité civile professionnelle', 'Professional indemnity insurance'),
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'insurer', label: label('Assureur', 'Insurer'), type: 'text', required: true, maxLength: 160 },
            { name: 'policyNumber', label: label('Numéro de contrat', 'Policy number'), type: 'text', required: true, maxLength: 60 },
          ],
        },
      ],
    },
    {
      name: 'mediator',
      label: label('Médiateur de la consommation', 'Consumer mediator'),
      type: 'group',
      fields: [
        { name: 'name', label: label('Nom', 'Name'), type: 'text', required: true, maxLength: 160 },
        { name: 'address', label: label('Adresse postale', 'Postal address'), type: 'text', maxLength: 240 },
        { name: 'website', label: label('Site internet', 'Website'), type: 'text', validate: urlValid },
      ],
    },
    {
      name: 'dpo',
      label: label('Délégué à la protection des données (DPO)', 'Data protection officer (DPO)'),
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: label('Nom', 'Name'), type: 'text', required: true, maxLength: 120 },
            { name: 'email', label: label('E-mail', 'E-mail'), type: 'text', required: true, validate: emailValid },
          ],
        },
      ],
    },
    {
      name: 'invoicing',
      label: label('Facturation', 'Invoicing'),
      type: 'group',
      admin: { description: label('Mentions des factures et avoirs (docs/decisions/035-invoices.md).', 'What invoices and credit notes state (docs/decisions/035-invoices.md).') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'vatNumber', label: label('N° de TVA intracommunautaire', 'VAT number'), type: 'text', validate: vatNumberValid, admin: { description: label('FR, clé, SIREN.', 'FR, key, SIREN.') } },
            {
              name: 'vatFranchise',
              label: label('Franchise en base de TVA (art. 293 B du CGI)', 'VAT franchise (art. 293 B CGI)'),
              type: 'checkbox',
              defaultValue: false,
              admin: { description: label('Factures sans TVA, avec la mention « TVA non applicable, art. 293 B du CGI ».', 'Invoices without VAT, stating “TVA non applicable, art. 293 B du CGI”.') },
            },
          ],
        },
        {
          name: 'latePaymentPenalty',
          label: label('Taux des pénalités de retard', 'Late-payment penalty rate'),
          type: 'text',
          maxLength: 160,
          admin: { description: label('Imprimé sur les factures des clients professionnels, ex. « trois fois le taux d’intérêt légal ».', 'Printed on business customers’ invoices, e.g. “three times the legal interest rate”.') },
        },
        {
          name: 'logo',
          label: label('Logo (PNG ou JPEG)', 'Logo (PNG or JPEG)'),
          type: 'upload',
          relationTo: 'media',
          filterOptions: { mimeType: { in: ['image/png', 'image/jpeg'] } },
        },
      ],
    },
    { name: 'publicationDirector', label: label('Directeur de la publication', 'Publication director'), type: 'text', required: true, maxLength: 120 },
    {
      name: 'host',
      label: label('Hébergeur', 'Host'),
      type: 'group',
      fields: [
        { name: 'name', label: label('Nom', 'Name'), type: 'text', required: true, maxLength: 160 },
        { name: 'address', label: label('Adresse', 'Address'), type: 'text', required: true, maxLength: 240 },
      ],
    },
  ],
}
