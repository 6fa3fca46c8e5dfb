import type { CollectionConfig, Field } from 'payload'

/** Every data field of a collection, however nested (groups, rows, tabs, arrays, blocks), passed through `change`. */
export const mapFields = (fields: Field[], change: (field: Field) => Field): Field[] =>
  fields.map((field) => {
    const changed = change(field)
    if (changed.type === 'tabs') {
      return { ...changed, tabs: changed.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    }
    if (changed.type === 'blocks' && changed.blocks) {
      return { ...changed, blocks: changed.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, change) })) }
    }
    if ('fields' in changed && Array.isArray(changed.fields)) return { ...changed, fields: mapFields(changed.fields, change) } as Field
    return changed
  })

export const mapCollectionFields = (collections: CollectionConfig[], change: (field: Field) => Field): CollectionConfig[] =>
  collections.map((collection) => ({ ...collection, fields: mapFields(collection.fields, change) }))
