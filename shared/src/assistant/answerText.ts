/**
 * The markdown-ish text of an answer as blocks to render with plain React
 * elements — never as HTML. Understood: paragraphs (blank line), bullet
 * lists (`- ` or `* `), numbered lists (`1. `), `#` headings (shown as
 * strong paragraphs) and `**bold**` inside a line. Everything else is text.
 */
export type Inline = { text: string; bold: boolean }
export type AnswerBlock =
  | { kind: 'paragraph'; lines: Inline[][] }
  | { kind: 'heading'; inline: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }

/** `**bold**` runs of a line; an unmatched `**` stays as text. */
export function inlineOf(line: string): Inline[] {
  const parts: Inline[] = []
  const pattern = /\*\*(.+?)\*\*/g
  let last = 0
  for (const match of line.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: line.slice(last, match.index), bold: false })
    parts.push({ text: match[1]!, bold: true })
    last = match.index + match[0].length
  }
  if (last < line.length) parts.push({ text: line.slice(last), bold: false })
  return parts
}

const BULLET = /^\s*[-*•]\s+(.*)$/
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/
const HEADING = /^\s*#{1,6}\s+(.*)$/

export function answerBlocks(text: string): AnswerBlock[] {
  const blocks: AnswerBlock[] = []
  let paragraph: Inline[][] = []
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', lines: paragraph })
    paragraph = []
  }
  for (const raw of text.replace(/\r\n/g, '\n').split('\n')) {
    const line = raw.trimEnd()
    const bullet = BULLET.exec(line)
    const numbered = bullet ? null : NUMBERED.exec(line)
    const heading = HEADING.exec(line)
    if (line.trim() === '') {
      flush()
    } else if (bullet || numbered) {
      flush()
      const ordered = Boolean(numbered)
      const item = inlineOf((bullet ?? numbered)![1]!)
      const previous = blocks[blocks.length - 1]
      if (previous?.kind === 'list' && previous.ordered === ordered) previous.items.push(item)
      else blocks.push({ kind: 'list', ordered, items: [item] })
    } else if (heading) {
      flush()
      blocks.push({ kind: 'heading', inline: inlineOf(heading[1]!.replace(/\*\*/g, '')) })
    } else {
      paragraph.push(inlineOf(line.trim()))
    }
  }
  flush()
  return blocks
}
