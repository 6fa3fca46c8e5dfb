/**
 * Applies exactly the named migrations, in the code's order, to DATABASE_URL:
 * `npm run restore` rebuilds a backup's schema as it was when the backup was
 * taken (docs/decisions/043-backups.md), not as today's code would make it;
 * later migrations run at the next `npm start`. Migration names as arguments;
 * exits 2, applying nothing, when the code lacks one of them.
 */
import { getPayload, type Migration } from 'payload'
import { migrations } from '../migrations'
import config from '../payload.config'

const wanted = process.argv.slice(2)
const known = new Set(migrations.map((m) => m.name))
const missing = wanted.filter((name) => !known.has(name))
if (missing.length > 0) {
  console.error(`[restore] this code has no migration named ${missing.join(', ')}: restore with the version of Atlas that made the backup (or a later one)`)
  process.exit(2)
}

const payload = await getPayload({ config })
try {
  // Payload types a migration's up/down as taking `unknown`; its own loader passes these same modules.
  const chosen = migrations.filter((m) => wanted.includes(m.name)) as unknown as Migration[]
  await payload.db.migrate({ migrations: chosen })
} finally {
  await payload.destroy()
}
process.exit(0)
