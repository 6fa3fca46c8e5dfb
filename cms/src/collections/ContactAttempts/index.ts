import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'

/**
 * One row per rate-limited anonymous attempt — contact request, failed login,
 * sign-up — keyed by a salted SHA-256 of the caller's IP (never the IP
 * itself), for the per-IP limits of cms/src/rateLimit/limits.ts (decisions
 * 008 and 018). The slug predates the login and sign-up limits. Closed to
 * every API caller; only the cms itself writes and counts (overrideAccess).
 */
export const ContactAttempts: CollectionConfig = {
  slug: 'contact-attempts',
  labels: {
    singular: { fr: 'Tentative limitée par IP', en: 'Rate-limited attempt' },
    plural: { fr: 'Tentatives limitées par IP', en: 'Rate-limited attempts' },
  },
  admin: { hidden: true },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'scope',
      label: { fr: 'Portée', en: 'Scope' },
      type: 'select',
      // Optional in the types so older callers that only give ipHash still compile; the column default is 'contact'.
      defaultValue: 'contact',
      options: [
        { value: 'contact', label: { fr: 'Demande de contact', en: 'Contact request' } },
        { value: 'login', label: { fr: 'Connexion', en: 'Login' } },
        { value: 'signup', label: { fr: 'Inscription', en: 'Sign-up' } },
        { value: 'twoFactorAccount', label: { fr: 'Code de double authentification (compte)', en: 'Two-factor code (account)' } },
        { value: 'twoFactorIp', label: { fr: 'Code de double authentification (IP)', en: 'Two-factor code (IP)' } },
        { value: 'documentGenerate', label: { fr: 'Document client demandé', en: 'Client document requested' } },
      ],
    },
    { name: 'ipHash', label: { fr: 'Empreinte de l’adresse IP', en: 'IP address hash' }, type: 'text', required: true, index: true },
  ],
}
