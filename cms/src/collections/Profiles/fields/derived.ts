import type { Field, FieldAccess } from 'payload'

/**
 * Figures computed by the deriveAnswers hook from the answers: never typed,
 * never accepted from a client (create/update access: nobody; the hook
 * writes them after access is applied), read-only in the admin.
 */
const nobodyField: FieldAccess = () => false
const derived = (field: Field): Field =>
  ({ ...field, access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true, position: 'sidebar' } }) as Field

export const derivedFields: Field[] = [
  derived({ name: 'completionPct', type: 'number', label: { fr: 'Complété (%)', en: 'Completed (%)' } }),
  derived({ name: 'riskScore', type: 'number', label: { fr: 'Score de risque (1–7)', en: 'Risk score (1–7)' } }),
  derived({ name: 'riskLabel', type: 'text', label: { fr: 'Profil de risque', en: 'Risk profile' } }),
  derived({ name: 'warnings', type: 'json', label: { fr: 'Points de vigilance', en: 'Warnings' } }),
  derived({ name: 'monthlyIncomeCents', type: 'number', label: { fr: 'Revenus mensuels (centimes)', en: 'Monthly income (cents)' } }),
  derived({ name: 'monthlyExpensesCents', type: 'number', label: { fr: 'Charges mensuelles (centimes)', en: 'Monthly expenses (cents)' } }),
  derived({ name: 'savingsCapacityCents', type: 'number', label: { fr: 'Capacité d’épargne (centimes)', en: 'Savings capacity (cents)' } }),
  derived({ name: 'reviewDueAt', type: 'date', label: { fr: 'Revue annuelle due le', en: 'Yearly review due' } }),
]
