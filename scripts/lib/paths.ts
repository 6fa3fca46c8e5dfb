import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const binOf = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name)
