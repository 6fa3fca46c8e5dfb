import { MAX_MONEY_CENTS } from '@atlas/shared/finance'
import { moneyField } from '../../../fields/moneyField'
import type { Field, FieldAccess } from 'payload'

/**
 * Figures computed by the deriveAnswers hook from the answers: never typed,
 * never accepted from a client (create/update access: nobody; the hook
 * writes them after access is applied), read-only in the admin.
 */
const nobodyField: FieldAccess = () => false
/** Computed amounts can be negative (spending more than one earns). */
const computedMoney = (field: { name: string; label: { fr: string; en: string } }) => moneyField({ ...field, min: -MAX_MONEY_CENTS })
const derived = (field: Field): Field =>
  ({ ...field, access: { create: nobodyField, update: nobodyField }, admin: { ...field.admin, readOnly: true, position: 'sidebar' } }) as Field

export const derivedFields: Field[] = [
  derived({ name: 'completionPct', type: 'number', label: { fr: 'Complété (%)', en: 'Completed (%)' } }),
  derived({ name: 'riskScore', type: 'number', label: { fr: 'Score de risque (1–7)', en: 'Risk score (1–7)' } }),
  derived({ name: 'riskLabel', type: 'text', label: { fr: 'Profil de risque', en: 'Risk profile' } }),
  derived({
    name: 'warnings',
    type: 'json',
    label: { fr: 'Points de vigilance', en: 'Warnings' },
    admin: { components: { Field: '/admin/fields/ProfileWarningsField#ProfileWarningsField' } },
  }),
  derived(computedMoney({ name: 'monthlyIncomeCents', label: { fr: 'Revenus mensuels', en: 'Monthly income' } })),
  derived(computedMoney({ name: 'monthlyExpensesCents', label: { fr: 'Charges mensuelles', en: 'Monthly expenses' } })),
  derived(computedMoney({ name: 'savingsCapacityCents', label: { fr: 'Capacité d’épargne', en: 'Savings capacity' } })),
  derived({ name: 'reviewDueAt', type: 'date', label: { fr: 'Revue annuelle due le', en: 'Yearly review due' } }),
]
