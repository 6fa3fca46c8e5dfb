type TextNode = { type: 'text'; text: string; format: number; detail: 0; mode: 'normal'; style: ''; version: 1 }

const text = (value: string): TextNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (type: 'paragraph' | 'heading' | 'quote', value: string) => ({
  type,
  ...(type === 'heading' ? { tag: 'h2' } : { textFormat: 0, textStyle: '' }),
  children: [text(value)],
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  version: 1,
})

const list = (items: string[]) => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items.map((item, i) => ({
    type: 'listitem',
    value: i + 1,
    children: [text(item)],
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
  })),
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  version: 1,
})

/**
 * A Lexical editor state from plain lines; a line starting with "## " is a
 * heading, one starting with "> " a quote (shown as a callout), consecutive
 * lines starting with "- " one bullet list. Enough for seeded pages and courses.
 */
export const richText = (lines: string[]) => {
  const children: unknown[] = []
  let items: string[] = []
  const flush = () => {
    if (items.length) children.push(list(items))
    items = []
  }
  for (const line of lines) {
    if (line.startsWith('- ')) {
      items.push(line.slice(2))
      continue
    }
    flush()
    children.push(
      line.startsWith('## ')
        ? block('heading', line.slice(3))
        : line.startsWith('> ')
          ? block('quote', line.slice(2))
          : block('paragraph', line),
    )
  }
  flush()
  return { root: { type: 'root', children, direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 } }
}
