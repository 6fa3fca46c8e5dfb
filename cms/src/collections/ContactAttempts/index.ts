import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'

/**
 * One row per anonymous contact request, keyed by a salted SHA-256 of the
 * sender's IP (never the IP itself), for the per-IP rate limit of the
 * contact form (docs/decisions/008-contact-form-rate-limit.md). Closed to
 * every API caller; only the cms itself writes and counts (overrideAccess).
 */
export const ContactAttempts: CollectionConfig = {
  slug: 'contact-attempts',
  labels: {
    singular: { fr: 'Demande de contact (limite)', en: 'Contact attempt' },
    plural: { fr: 'Demandes de contact (limite)', en: 'Contact attempts' },
  },
  admin: { hidden: true },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  fields: [{ name: 'ipHash', type: 'text', required: true, index: true }],
}
