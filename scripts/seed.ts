/**
 * `npm run seed`: brings the database (DATABASE_URL, or the project-local
 * cluster under .data/) up to date and fills it with the demo data if it has
 * no account yet. Never touches a database that already has users.
 */
import path from 'node:path'
import { startDatabase } from './lib/database'
import { loadDotEnv } from './lib/dotenv'
import { binOf, repoRoot } from './lib/paths'
import { run } from './lib/processes'
import { localSecrets } from './lib/secrets'

loadDotEnv()

const database = await startDatabase({ dataDir: path.join(repoRoot, '.data', 'postgres'), databaseName: 'atlas' })
let code = 1
try {
  code = await run(binOf('tsx'), ['src/bin/prepare.ts'], {
    cwd: path.join(repoRoot, 'cms'),
    env: { ...process.env, ...localSecrets(), DATABASE_URL: database.url },
  })
} finally {
  await database.stop()
}
process.exit(code)
