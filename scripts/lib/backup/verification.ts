/**
 * A restore's proof: the restored database and folders compared with the
 * manifest, table by table (row count, checksum) and file by file (size,
 * SHA-256, mode).
 */
import type { FileFacts, TableFacts } from './manifest'
import { tableKey } from './manifest'

export type TableComparison = {
  table: string
  backup: { rows: number; checksum: string } | null
  restored: { rows: number; checksum: string } | null
  equal: boolean
}

export type FileComparison = { path: string; equal: boolean; problem: 'missing' | 'content' | 'mode' | null }

export type Comparison = { tables: TableComparison[]; files: FileComparison[]; equal: boolean }

export const compareTables = (backup: TableFacts[], restored: TableFacts[]): TableComparison[] => {
  const before = new Map(backup.map((t) => [tableKey(t), t]))
  const after = new Map(restored.map((t) => [tableKey(t), t]))
  return [...new Set([...before.keys(), ...after.keys()])].sort().map((table) => {
    const b = before.get(table)
    const a = after.get(table)
    return {
      table,
      backup: b ? { rows: b.rows, checksum: b.checksum } : null,
      restored: a ? { rows: a.rows, checksum: a.checksum } : null,
      equal: !!a && !!b && a.rows === b.rows && a.checksum === b.checksum,
    }
  })
}

export const compareFiles = (backup: FileFacts[], restored: (FileFacts | null)[]): FileComparison[] =>
  backup.map((expected, i) => {
    const actual = restored[i]
    const problem = !actual ? 'missing' : actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes ? 'content' : actual.mode !== expected.mode ? 'mode' : null
    return { path: expected.path, equal: problem === null, problem }
  })

export const compare = (tables: TableComparison[], files: FileComparison[]): Comparison => ({
  tables,
  files,
  equal: tables.every((t) => t.equal) && files.every((f) => f.equal),
})

const rowsText = (side: { rows: number } | null) => (side ? String(side.rows) : '—')

/** The comparison as printed by `npm run restore`: one line a table, the differing files, a verdict. */
export const formatComparison = (comparison: Comparison): string => {
  const width = Math.max(5, ...comparison.tables.map((t) => t.table.length))
  const lines = [`${'table'.padEnd(width)}  ${'backup'.padStart(8)}  ${'restored'.padStart(8)}  checksum`]
  for (const t of comparison.tables) {
    const verdict = t.equal ? 'equal' : !t.backup ? 'NOT IN BACKUP' : !t.restored ? 'MISSING' : t.backup.checksum === t.restored.checksum ? 'equal' : 'DIFFERS'
    lines.push(`${t.table.padEnd(width)}  ${rowsText(t.backup).padStart(8)}  ${rowsText(t.restored).padStart(8)}  ${verdict}`)
  }
  const differingFiles = comparison.files.filter((f) => !f.equal)
  for (const f of differingFiles) lines.push(`file ${f.path}: ${f.problem}`)
  const rows = comparison.tables.reduce((sum, t) => sum + (t.backup?.rows ?? 0), 0)
  const differingTables = comparison.tables.filter((t) => !t.equal).length
  lines.push(
    comparison.equal
      ? `verification: OK: ${comparison.tables.length} tables (${rows} rows) and ${comparison.files.length} files equal to the backup's manifest`
      : `verification: FAILED: ${differingTables} of ${comparison.tables.length} tables and ${differingFiles.length} of ${comparison.files.length} files differ from the backup's manifest`,
  )
  return lines.join('\n')
}
