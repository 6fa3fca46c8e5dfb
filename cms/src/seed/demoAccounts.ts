/**
 * The demo logins printed by `npm start` and written in the README. They
 * exist only in a seeded (demo) database.
 */
export const DEMO_PASSWORD = 'AtlasDemo2026!'

export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@atlas.demo', name: 'Alice Administratrice', role: 'admin' },
  advisor: { email: 'conseiller@atlas.demo', name: 'Bruno Lefèvre', role: 'advisor' },
  editor: { email: 'editeur@atlas.demo', name: 'Émilie Rédac', role: 'editor' },
  investors: [
    { email: 'camille.martin@atlas.demo', name: 'Camille Martin', role: 'investor' },
    { email: 'thomas.bernard@atlas.demo', name: 'Thomas Bernard', role: 'investor' },
    { email: 'lea.dubois@atlas.demo', name: 'Léa Dubois', role: 'investor' },
  ],
} as const
