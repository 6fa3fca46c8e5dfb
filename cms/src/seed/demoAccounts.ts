/**
 * The demo logins printed by `npm start` and written in the README. They
 * exist only in a seeded (demo) database.
 */
export const DEMO_PASSWORD = 'AtlasDemo2026!'

/**
 * DEMO ONLY: the TOTP secret of the seeded staff accounts (admin, advisor),
 * which must use two-factor authentication (docs/decisions/024). Known to
 * everyone who reads this file, like DEMO_PASSWORD: a production database is
 * never seeded, and every real account enrols with a random secret.
 * Add it to an authenticator app, or run `npm run demo:code`.
 */
export const DEMO_TOTP_SECRET = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA'

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
