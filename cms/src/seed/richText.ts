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

/**
 * A Lexical editor state from plain lines; a line starting with "## " is a
 * heading, one starting with "> " a quote (shown as a callout). Enough for
 * seeded pages and courses.
 */
export const richText = (lines: string[]) => ({
  root: {
    type: 'root',
    children: lines.map((line) =>
      line.startsWith('## ')
        ? block('heading', line.slice(3))
        : line.startsWith('> ')
          ? block('quote', line.slice(2))
          : block('paragraph', line),
    ),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
  },
})
