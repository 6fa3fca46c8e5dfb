/**
 * The archive itself: a gzipped tar written and read by the system's `tar`
 * (GNU tar on Linux, bsdtar on macOS; both keep file modes).
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { DATABASE_DIR, FILES_DIR, MANIFEST_FILE } from './manifest'

const execFileAsync = promisify(execFile)

/** Paris wall-clock time of `date` as YYYYMMDD-HHMMSS. */
export const parisStamp = (date: Date): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}${parts.second}`
}

export const archiveName = (date: Date) => `atlas-backup-${parisStamp(date)}.tar.gz`

/** Packs manifest.json, database/ and files/ of `stagingDir` (manifest first) into `file`. */
export const packArchive = async (stagingDir: string, file: string): Promise<void> => {
  const entries = [MANIFEST_FILE, DATABASE_DIR, FILES_DIR].filter((entry) => existsSync(path.join(stagingDir, entry)))
  await execFileAsync('tar', ['-czf', file, '-C', stagingDir, ...entries])
}

export const unpackArchive = async (file: string, intoDir: string): Promise<void> => {
  if (!existsSync(file)) throw new Error(`no such archive: ${file}`)
  try {
    await execFileAsync('tar', ['-xzpf', file, '-C', intoDir])
  } catch (error) {
    throw new Error(`${file} is not a readable .tar.gz archive: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`)
  }
}
