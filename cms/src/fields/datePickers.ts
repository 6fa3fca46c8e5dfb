import type { CollectionConfig, DateField, Field } from 'payload'
import { mapCollectionFields } from './mapFields'

/** Day first, as read in France ("28/11/2026 08:27"), not the picker's default US "11/28/2026". */
const DISPLAY_FORMATS: Record<string, string> = {
  default: 'dd/MM/yyyy',
  dayOnly: 'dd/MM/yyyy',
  dayAndTime: 'dd/MM/yyyy HH:mm',
  timeOnly: 'HH:mm',
  monthOnly: 'MM/yyyy',
}

const withDisplayFormat = (field: DateField): Field => {
  const date = field.admin?.date ?? {}
  if (date.displayFormat) return field
  const appearance = date.pickerAppearance ?? 'default'
  const displayFormat = DISPLAY_FORMATS[appearance] ?? DISPLAY_FORMATS.default
  // The time list reads 14:30, not 2:30 PM.
  return { ...field, admin: { ...field.admin, date: { timeFormat: 'HH:mm', ...date, displayFormat } } } as Field
}

/** Every date field's picker shows its value day first (docs/decisions/028-money-in-the-admin.md). */
export const withFrenchDatePickers = (collections: CollectionConfig[]): CollectionConfig[] =>
  mapCollectionFields(collections, (field) => (field.type === 'date' ? withDisplayFormat(field) : field))
