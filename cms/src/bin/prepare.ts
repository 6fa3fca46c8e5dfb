/**
 * Brings a database up to date: applies the committed migrations, then seeds
 * the demo data when the database has no account yet (or with --seed, always
 * when empty; --no-seed never). Run by scripts/start.ts and scripts/seed.ts
 * with DATABASE_URL set.
 */
import { getPayload } from 'payload'
import config from '../payload.config'
import { isEmpty, seedDemo } from '../seed/seedDemo'

const args = new Set(process.argv.slice(2))

const payload = await getPayload({ config })
try {
  await payload.db.migrate()
  if (!args.has('--no-seed') && (await isEmpty(payload))) {
    await seedDemo(payload)
    console.log('[atlas] demo data seeded')
  } else {
    console.log('[atlas] database ready')
  }
} finally {
  await payload.destroy()
}
process.exit(0)
