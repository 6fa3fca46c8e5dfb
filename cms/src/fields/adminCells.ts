import type { CollectionConfig, Field } from 'payload'
import { mapCollectionFields } from './mapFields'

const BOOLEAN_CELL = '/admin/components/cells/BooleanCell#BooleanCell'
const DATE_CELL = '/admin/components/cells/ParisDateCell#ParisDateCell'

const withCell = (field: Field, Cell: string): Field => {
  const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
  if (admin.components?.Cell) return field
  return {
    ...field,
    admin: { ...admin, components: { ...admin.components, Cell } },
  } as Field
}

/**
 * List cells every collection gets: checkboxes read "Oui/Non", dates read in
 * Europe/Paris in French ("28 novembre 2026, 08:27") — docs/decisions/028-money-in-the-admin.md.
 */
export const withAdminCells = (collections: CollectionConfig[]): CollectionConfig[] =>
  mapCollectionFields(collections, (field) =>
    field.type === 'checkbox' ? withCell(field, BOOLEAN_CELL) : field.type === 'date' ? withCell(field, DATE_CELL) : field,
  )
