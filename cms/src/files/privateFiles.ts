import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { env } from '../env'

/**
 * Private files (issued invoices, client documents): a directory of their
 * own beside the media one — never under Media's staticDir, so no public
 * /api/media/file route serves them — MEDIA_DIR/../<name>, or .data/<name>.
 * Written atomically with mode 0600 under a name that carries a hash
 * prefix; read back only when the bytes still match the recorded SHA-256.
 */
export const privateDir = (name: string): string =>
  env.mediaDir ? path.join(path.dirname(path.resolve(env.mediaDir)), name) : path.resolve(process.cwd(), '.data', name)

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Writes `bytes` as `dir/file` through a temporary file and a rename (a reader never sees half a file). */
export async function writePrivateFile(dir: string, file: string, bytes: Buffer): Promise<void> {
  if (path.basename(file) !== file) throw new Error(`private file name ${file} must not contain a directory`)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const temporary = path.join(dir, `.${randomUUID()}.tmp`)
  await writeFile(temporary, bytes, { mode: 0o600 })
  await rename(temporary, path.join(dir, file))
}

/** The bytes of `dir/file` when they match `expectedSha`; null when missing, altered, or the name leaves the directory. */
export async function readPrivateFile(dir: string, file: string, expectedSha: string): Promise<Buffer | null> {
  if (!file || path.basename(file) !== file) return null
  const bytes = await readFile(path.join(dir, file)).catch(() => null)
  return bytes && sha256(bytes) === expectedSha ? bytes : null
}

export const discardPrivateFile = (dir: string, file: string) => rm(path.join(dir, path.basename(file)), { force: true })
