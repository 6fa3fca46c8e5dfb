import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { accessTableMarkdown, BEGIN, END } from './accessMatrix.markdown'

const document = path.resolve(import.meta.dirname, '../../docs/security.md')

describe('docs/security.md', () => {
  it('shows the access table the suite proves (run `npm run docs:access` after changing accessMatrix.table.ts)', () => {
    const text = readFileSync(document, 'utf8')
    const start = text.indexOf(BEGIN)
    const end = text.indexOf(END)
    expect(start, 'the begin marker').toBeGreaterThan(-1)
    expect(end, 'the end marker').toBeGreaterThan(start)
    expect(text.slice(start, end + END.length)).toBe(accessTableMarkdown())
  })
})
