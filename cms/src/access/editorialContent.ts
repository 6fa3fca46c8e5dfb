import type { CollectionConfig } from 'payload'
import { editorsOrAdmins } from './editorsOrAdmins'
import { publishedOrEditors } from './publishedOrEditors'

/**
 * Access for editorial collections with drafts (pages, courses): editors and
 * admins write and see every version; everyone else reads what is published.
 */
export const editorialContent: NonNullable<CollectionConfig['access']> = {
  create: editorsOrAdmins,
  read: publishedOrEditors,
  update: editorsOrAdmins,
  delete: editorsOrAdmins,
  readVersions: editorsOrAdmins,
}
