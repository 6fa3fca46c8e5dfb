/**
 * The folders a backup carries besides the database: the media folder
 * (uploads) and the private folders beside it, invoices and documents
 * (cms/src/invoices/pdfStore.ts: `<media>/../invoices`). MEDIA_DIR when set;
 * else the folder `npm start` uses (.data/media), or the cms's own default
 * (cms/.data/media) when only that one exists.
 */
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { cp, mkdir, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { repoRoot } from '../paths'
import type { FileFacts } from './manifest'

export const FOLDER_NAMES = ['media', 'invoices', 'documents'] as const
export type FolderName = (typeof FOLDER_NAMES)[number]

export const defaultMediaDir = (): string => {
  if (process.env.MEDIA_DIR) return path.resolve(process.env.MEDIA_DIR)
  const started = path.join(repoRoot, '.data', 'media')
  const cmsOwn = path.join(repoRoot, 'cms', '.data', 'media')
  return !existsSync(started) && existsSync(cmsOwn) ? cmsOwn : started
}

/** media → the media folder itself; invoices, documents → its siblings. */
export const folderPaths = (mediaDir: string): Record<FolderName, string> => {
  const media = path.resolve(mediaDir)
  const parent = path.dirname(media)
  return { media, invoices: path.join(parent, 'invoices'), documents: path.join(parent, 'documents') }
}

const walk = async (root: string, relative = ''): Promise<string[]> => {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = path.posix.join(relative, entry.name)
    if (entry.isDirectory()) files.push(...(await walk(root, child)))
    else if (entry.isFile()) files.push(child)
  }
  return files
}

const sha256Of = async (file: string): Promise<string> => {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

/** Every regular file under the folders (missing folders hold none), path prefixed by the folder name. */
export const describeFiles = async (folders: Record<FolderName, string>): Promise<FileFacts[]> => {
  const facts: FileFacts[] = []
  for (const name of FOLDER_NAMES) {
    if (!existsSync(folders[name])) continue
    for (const relative of await walk(folders[name])) {
      const file = path.join(folders[name], relative)
      const info = await stat(file)
      facts.push({ path: `${name}/${relative}`, bytes: info.size, sha256: await sha256Of(file), mode: info.mode & 0o777 })
    }
  }
  return facts
}

/** The same facts for the files a manifest lists, read where they now are (null: missing). */
export const describeListedFiles = async (folders: Record<FolderName, string>, listed: FileFacts[]): Promise<(FileFacts | null)[]> =>
  Promise.all(
    listed.map(async ({ path: listedPath }) => {
      const [name, ...rest] = listedPath.split('/')
      const file = path.join(folders[name as FolderName], ...rest)
      if (!existsSync(file)) return null
      const info = await stat(file)
      return { path: listedPath, bytes: info.size, sha256: await sha256Of(file), mode: info.mode & 0o777 }
    }),
  )

/** Folders that already hold a file: a restore does not mix two installations' files. */
export const nonEmptyFolders = async (folders: Record<FolderName, string>): Promise<string[]> => {
  const busy: string[] = []
  for (const name of FOLDER_NAMES) {
    if (existsSync(folders[name]) && (await walk(folders[name])).length > 0) busy.push(folders[name])
  }
  return busy
}

/** Copies each folder that exists in `from` into `to` (modes and times kept: the private folders stay 0600). */
export const copyFolders = async (from: Record<FolderName, string>, to: Record<FolderName, string>): Promise<void> => {
  for (const name of FOLDER_NAMES) {
    if (!existsSync(from[name])) continue
    await mkdir(path.dirname(to[name]), { recursive: true })
    await cp(from[name], to[name], { recursive: true, preserveTimestamps: true, errorOnExist: true, force: false })
  }
}
