import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'

/**
 * One row per question sent to the assistant (retries included), for the
 * per-investor hourly limit. Kept apart from the conversations so deleting a
 * conversation does not reset the count. Closed to every API caller; only the
 * assistant endpoint writes and counts (docs/decisions/015-assistant.md).
 */
export const AssistantRequests: CollectionConfig = {
  slug: 'assistant-requests',
  labels: {
    singular: { fr: 'Question à l’assistant (limite)', en: 'Assistant request' },
    plural: { fr: 'Questions à l’assistant (limite)', en: 'Assistant requests' },
  },
  admin: { hidden: true },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  fields: [{ name: 'owner', label: { fr: 'Investisseur', en: 'Investor' }, type: 'relationship', relationTo: 'users', required: true, index: true }],
}
