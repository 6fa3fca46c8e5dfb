import type { ArrayFieldValidation, Field, FieldAccess, FilterOptions, NumberFieldSingleValidation, TextFieldSingleValidation, Where } from 'payload'
import { array, number, text } from 'payload/shared'
import { en, fr, translate } from '@atlas/shared/i18n'
import { PRODUCT_CLASS_LABELS } from '@atlas/shared/profile/productClasses'
import {
  ALLOCATION_CLASSES,
  RECOMMENDATION_WRAPPERS,
  SFDR_ARTICLES,
  allocationDuplicate,
  allocationProblem,
  allocationTotalHundredths,
} from '@atlas/shared/documents/suitability/recommendation'
import { isValidIsin, normaliseIsin } from '@atlas/shared/documents/suitability/isin'
import { roleOf } from '../../access/roleOf'
import { moneyField } from '../../fields/moneyField'
import { requestLocale } from '../../i18n/requestLocale'

const label = (fr: string, en: string) => ({ fr, en })
const setByHooksOnly: FieldAccess = () => false

/** In the admin, an advisor picks among their own clients; an admin among all investors. */
const ownClients: FilterOptions = ({ req }) => {
  const role = roleOf(req.user)
  const investors: Where = { role: { equals: 'investor' } }
  if (role === 'advisor') return { and: [investors, { advisor: { equals: req.user!.id } }] }
  return role === 'admin' ? investors : true
}

const classOptions = ALLOCATION_CLASSES.map((value) => ({ value, label: PRODUCT_CLASS_LABELS[value].label }))
const wrapperKey = (wrapper: string) => `recommendations.wrapper.${wrapper}` as keyof typeof fr
const wrapperOptions = RECOMMENDATION_WRAPPERS.map((value) => ({ value, label: { fr: fr[wrapperKey(value)], en: en[wrapperKey(value)] } }))

/** A target allocation given adds up to 100 % (to the hundredth), each class once; refused at the array. */
const allocationAddsUp: ArrayFieldValidation = (value, options) => {
  const base = array(value, options)
  // In the admin the value is the row count; the rows themselves are checked on the server.
  if (base !== true || !Array.isArray(value)) return base
  const rows = value as { assetClass?: string; pct?: number }[]
  const locale = requestLocale(options.req)
  const duplicate = allocationDuplicate(rows.map((row) => ({ assetClass: String(row.assetClass) })))
  if (duplicate) return translate(locale, duplicate)
  const pcts = rows.map((row) => ({ pct: typeof row.pct === 'number' ? row.pct : 0 }))
  const problem = allocationProblem(pcts)
  return problem ? translate(locale, problem, { total: String(allocationTotalHundredths(pcts) / 100).replace('.', locale === 'fr' ? ',' : '.') }) : true
}

const isinChecksum: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true || !value) return base
  return (typeof value === 'string' && isValidIsin(normaliseIsin(value))) || translate(requestLocale(options.req), 'recommendations.errors.isin')
}

/** A number within [min, max] (whole when asked), refused with our own words (Payload's: "8 est supérieur au max autorisé Valeur de 7"). */
const within =
  (min: number, max: number, key: string, whole = true): NumberFieldSingleValidation =>
  (value, options) => {
    if (value === null || value === undefined) return number(value, options)
    const fits = typeof value === 'number' && value >= min && value <= max && (!whole || Number.isInteger(value))
    return fits || translate(requestLocale(options.req), key)
  }

const percent = (name: string, fieldLabel: { fr: string; en: string }, extra: Partial<Field> = {}): Field =>
  ({ name, label: fieldLabel, type: 'number', required: true, min: 0, max: 100, validate: within(0, 100, 'recommendations.errors.pct', false), ...extra }) as Field

export const recommendationFields: Field[] = [
  {
    name: 'investor',
    label: label('Client', 'Client'),
    type: 'relationship',
    relationTo: 'users',
    required: true,
    index: true,
    filterOptions: ownClients,
  },
  { name: 'title', label: label('Intitulé', 'Title'), type: 'text', required: true, minLength: 2, maxLength: 150, admin: { description: label('Par exemple « Allocation retraite 2027 ». Repris dans le rapport d’adéquation.', 'E.g. “Retirement allocation 2027”. Printed in the suitability report.') } },
  {
    name: 'status',
    label: label('Statut', 'Status'),
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    options: [
      { value: 'draft', label: label('Brouillon', 'Draft') },
      { value: 'final', label: label('Finalisée', 'Final') },
    ],
    admin: {
      position: 'sidebar',
      description: label(
        'Seule une recommandation finalisée alimente le rapport d’adéquation et devient visible du client. Finalisée, elle ne se modifie plus : une modification est une nouvelle recommandation.',
        'Only a final recommendation feeds the suitability report and becomes visible to the client. Once final it cannot change: a change is a new recommendation.',
      ),
    },
  },
  { name: 'finalisedAt', label: label('Finalisée le', 'Finalised at'), type: 'date', access: { create: setByHooksOnly, update: setByHooksOnly }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  { name: 'finalisedBy', label: label('Finalisée par', 'Finalised by'), type: 'relationship', relationTo: 'users', access: { create: setByHooksOnly, update: setByHooksOnly }, admin: { readOnly: true, position: 'sidebar' } },
  { name: 'createdBy', label: label('Créée par', 'Created by'), type: 'relationship', relationTo: 'users', access: { create: setByHooksOnly, update: setByHooksOnly }, admin: { readOnly: true, position: 'sidebar' } },
  {
    name: 'targetAllocation',
    label: label('Allocation cible', 'Target allocation'),
    labels: { singular: label('Classe d’actifs', 'Asset class'), plural: label('Classes d’actifs', 'Asset classes') },
    type: 'array',
    maxRows: 10,
    validate: allocationAddsUp,
    admin: { description: label('Facultative. Les parts doivent totaliser 100 %.', 'Optional. The shares must add up to 100%.') },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'assetClass', label: label('Classe d’actifs', 'Asset class'), type: 'select', required: true, options: classOptions },
          percent('pct', label('Part (%)', 'Share (%)')),
        ],
      },
    ],
  },
  {
    name: 'products',
    label: label('Produits recommandés', 'Recommended products'),
    labels: { singular: label('Produit', 'Product'), plural: label('Produits', 'Products') },
    type: 'array',
    maxRows: 20,
    admin: { description: label('Chaque produit avec son montant, son SRI (DIC), sa durée de placement recommandée et ses caractéristiques de durabilité.', 'Each product with its amount, SRI (KID), recommended holding period and sustainability features.') },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', label: label('Nom du produit', 'Product name'), type: 'text', required: true, minLength: 2, maxLength: 120 },
          {
            name: 'isin',
            label: label('Code ISIN', 'ISIN'),
            type: 'text',
            maxLength: 20,
            validate: isinChecksum,
            hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normaliseIsin(value) || null : value)] },
            admin: { description: label('Facultatif, par exemple FR0000120271.', 'Optional, e.g. FR0000120271.') },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'productClass', label: label('Classe de produit', 'Product class'), type: 'select', required: true, options: classOptions },
          { name: 'wrapper', label: label('Enveloppe', 'Wrapper'), type: 'select', required: true, options: wrapperOptions },
          moneyField({ name: 'amountCents', label: label('Montant', 'Amount'), required: true }),
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'sri', label: label('SRI (1 à 7)', 'SRI (1 to 7)'), type: 'number', required: true, min: 1, max: 7, validate: within(1, 7, 'recommendations.errors.sri'), admin: { step: 1, description: label('Indicateur de risque du DIC.', 'The KID’s risk indicator.') } },
          { name: 'recommendedHorizonYears', label: label('Durée recommandée (ans)', 'Recommended holding (years)'), type: 'number', required: true, min: 0, max: 50, validate: within(0, 50, 'recommendations.errors.horizon'), admin: { step: 1 } },
          {
            name: 'sfdr',
            label: label('Classification SFDR', 'SFDR classification'),
            type: 'select',
            required: true,
            options: SFDR_ARTICLES.map((value) => ({ value, label: label(`Article ${value}`, `Article ${value}`) })),
          },
          percent('taxonomyPct', label('Alignement taxonomie (%)', 'Taxonomy alignment (%)'), { defaultValue: 0 }),
        ],
      },
    ],
  },
  {
    name: 'rationale',
    label: label('Justification', 'Rationale'),
    type: 'richText',
    admin: { description: label('Pourquoi ce conseil convient au client : imprimé tel quel dans le rapport d’adéquation.', 'Why this advice suits the client: printed as written in the suitability report.') },
  },
]
