import { chmod, mkdir, stat } from 'node:fs/promises'
import path from 'node:path'

const OTHERS_EXECUTE = 0o001

/**
 * As root, embedded PostgreSQL runs as the system user `postgres`, which must
 * be able to walk down to its binaries (in node_modules) and its data
 * directory. A checkout under a private directory (mode 700, e.g. /root or a
 * mktemp folder) blocks it: give "others" the traverse bit only (not read) on
 * each ancestor that lacks it, and say so.
 */
export const makeTraversable = async (target: string): Promise<void> => {
  await mkdir(target, { recursive: true })
  let current = path.resolve(target)
  while (true) {
    const mode = (await stat(current)).mode
    if ((mode & OTHERS_EXECUTE) === 0) {
      await chmod(current, (mode & 0o7777) | OTHERS_EXECUTE)
      console.log(`[atlas] let the postgres user traverse ${current} (chmod o+x)`)
    }
    const parent = path.dirname(current)
    if (parent === current) return
    current = parent
  }
}
