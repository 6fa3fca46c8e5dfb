/**
 * `npm run docs:access`: writes the access table the suite proves
 * (cms/tests/accessMatrix.table.ts) into docs/security.md, between its markers.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { accessTableMarkdown, BEGIN, END } from '../cms/tests/accessMatrix.markdown'
import { repoRoot } from './lib/paths'

const file = path.join(repoRoot, 'docs', 'security.md')
const text = readFileSync(file, 'utf8')
const start = text.indexOf(BEGIN)
const end = text.indexOf(END)
if (start < 0 || end < start) throw new Error(`docs/security.md has no ${BEGIN} … ${END} block`)
writeFileSync(file, text.slice(0, start) + accessTableMarkdown() + text.slice(end + END.length))
console.log('[atlas] docs/security.md: access table written')
