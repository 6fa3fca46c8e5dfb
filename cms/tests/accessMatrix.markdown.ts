import { ACCESS_MATRIX, ENDPOINT_ACCESS, GLOBAL_ACCESS, ROLES, type Operation, type Proven, type Row } from './accessMatrix.table'

/**
 * The access table of docs/security.md, rendered from the table the suite
 * proves (accessMatrix.table.ts), so the document cannot say something the
 * tests do not check. `npm run docs:access` writes it between the markers;
 * accessMatrix.docs.test.ts fails when the document is behind.
 */
export const BEGIN = '<!-- access-table:begin (npm run docs:access) -->'
export const END = '<!-- access-table:end -->'

const HEADER = ['anon', 'inv. A', 'inv. B', 'adv. of A', 'other adv.', 'editor', 'admin']
const OPERATIONS: Operation[] = ['create', 'read', 'update', 'delete', 'readVersions', 'restore']

const line = (cells: string[]) => `| ${cells.join(' | ')} |`
const marks = (row: Row) => ROLES.map((role) => row[role])
const isRow = (cell: Row | Proven): cell is Row => !('proof' in cell)

const collections = (): string[] => [
  line(['collection', 'operation', ...HEADER]),
  line(Array(HEADER.length + 2).fill('---')),
  ...Object.entries(ACCESS_MATRIX).flatMap(([name, operations]) =>
    OPERATIONS.filter((operation) => operations[operation]).map((operation) => line([`\`${name}\``, operation, ...marks(operations[operation]!)])),
  ),
]

const globals = (): string[] => [
  line(['global', 'operation', ...HEADER]),
  line(Array(HEADER.length + 2).fill('---')),
  ...Object.entries(GLOBAL_ACCESS).flatMap(([name, operations]) =>
    OPERATIONS.filter((operation) => operations[operation]).map((operation) => line([`\`${name}\``, operation, ...marks(operations[operation]!)])),
  ),
]

const endpoints = (): string[] => [
  line(['endpoint', ...HEADER]),
  line(Array(HEADER.length + 1).fill('---')),
  ...Object.entries(ENDPOINT_ACCESS)
    .filter(([, cell]) => isRow(cell))
    .map(([name, cell]) => line([`\`${name}\``, ...marks(cell as Row)])),
  '',
  line(['endpoint', 'rule', 'proven by']),
  line(['---', '---', '---']),
  ...Object.entries(ENDPOINT_ACCESS)
    .filter(([, cell]) => !isRow(cell))
    .map(([name, cell]) => line([`\`${name}\``, (cell as Proven).rule.replace(/\|/g, '\\|'), `\`${(cell as Proven).proof}\``])),
]

export const accessTableMarkdown = (): string =>
  [BEGIN, '', ...collections(), '', ...globals(), '', ...endpoints(), '', END].join('\n')
