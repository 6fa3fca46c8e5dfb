// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React, { type ReactElement, type ReactNode } from 'react'
import { Link, Text, View, type Styles } from '@react-pdf/renderer'
import { colours, docStyles } from '../pdf/styles'
import { frenchSpacing } from './frenchSpacing'

/*
 * A Lexical editor state (the JSON Payload stores for a richText field) drawn
 * with react-pdf: paragraphs, headings h1–h4 (h5/h6 look like h4), bold,
 * italic, underline, strikethrough, code (Lexical's format bits), ordered and
 * unordered lists with nesting (check lists print "[x]"/"[ ]"), links (their
 * text, then the URL in brackets: a printed page cannot be clicked), line
 * breaks, tabs, quotes, horizontal rules. A node this does not know prints its
 * text, so nothing the author wrote is lost. `substitute` is applied to every
 * text run (templates replace their placeholders with it); in French, the
 * space before ; : ! ? » and after « becomes a no-break one.
 */

type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  indent?: number
  tag?: string
  listType?: string
  start?: number
  value?: number
  checked?: boolean
  url?: string
  fields?: { url?: string }
  children?: LexicalNode[]
}

export type LexicalPdfProps = {
  /** Lexical editor state JSON (`{ root: { children } }`); null/empty prints nothing. */
  state: unknown
  /** 'fr': French spacing (no line starts with "» ;" or ":"); the words themselves are the author's, printed as written. */
  locale: 'fr' | 'en'
  /** Applied to every text run (e.g. placeholders → values). */
  substitute?: (text: string) => string
}

/** Lexical's text format bits (lexical/LexicalConstants). */
const IS_BOLD = 1
const IS_ITALIC = 2
const IS_STRIKETHROUGH = 4
const IS_UNDERLINE = 8
const IS_CODE = 16

/** The PDF's built-in Helvetica has no narrow no-break space (U+202F): a no-break space, which it has. */
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0')

type Style = Styles[string]

/**
 * Words are never cut: react-pdf's default hyphenation has English patterns
 * (wrong for French) and splits URLs and e-mail addresses ("mediateur.ex- emple").
 */
const wholeWords = (word: string) => [word]

const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])

const styles = {
  h4: { fontSize: 9.5, fontFamily: 'Helvetica-Bold', color: colours.muted, marginTop: 6, marginBottom: 3 },
  quote: { borderLeftWidth: 2, borderLeftColor: colours.accent, paddingLeft: 8, marginBottom: 6, color: colours.muted, fontFamily: 'Helvetica-Oblique' },
  rule: { borderBottomWidth: 0.5, borderBottomColor: colours.line, marginVertical: 8 },
  list: { marginBottom: 6 },
  item: { flexDirection: 'row', marginBottom: 2 },
  marker: { width: 16 },
  itemBody: { flex: 1 },
  nested: { marginBottom: 0 },
  link: { color: colours.accent, textDecoration: 'underline' },
  url: { color: colours.muted },
} satisfies Record<string, Style>

const HEADING_STYLES: Record<string, Style> = { h1: docStyles.h1, h2: docStyles.h2, h3: docStyles.h3, h4: styles.h4, h5: styles.h4, h6: styles.h4 }

/** Bullets by nesting depth: all three are in Helvetica's WinAnsi set. */
const BULLETS = ['•', '–', '·']

const childrenOf = (node: LexicalNode): LexicalNode[] => (Array.isArray(node.children) ? node.children : [])

/** The root's children, from `{ root }` or a root node itself; anything else → none. */
const rootChildren = (state: unknown): LexicalNode[] => {
  if (!state || typeof state !== 'object') return []
  const root = 'root' in state ? (state as { root?: unknown }).root : state
  return root && typeof root === 'object' ? childrenOf(root as LexicalNode) : []
}

/** Helvetica's four faces (react-pdf's standard fonts): bold and italic pick the face, not a weight. */
const fontFor = (bold: boolean, italic: boolean, code: boolean) => {
  if (code) return bold ? 'Courier-Bold' : 'Courier'
  if (bold && italic) return 'Helvetica-BoldOblique'
  if (bold) return 'Helvetica-Bold'
  if (italic) return 'Helvetica-Oblique'
  return undefined
}

const textStyle = (format: number): Style | undefined => {
  const style: Style = {}
  const font = fontFor(Boolean(format & IS_BOLD), Boolean(format & IS_ITALIC), Boolean(format & IS_CODE))
  if (font) style.fontFamily = font
  const decorations = [format & IS_UNDERLINE ? 'underline' : '', format & IS_STRIKETHROUGH ? 'line-through' : ''].filter(Boolean)
  if (decorations.length) style.textDecoration = decorations.join(' ') as Style['textDecoration']
  return Object.keys(style).length ? style : undefined
}

/** Paragraph alignment (`format: 'center'`…) and indent (Lexical's `indent`, one step = 18 pt). */
const blockStyle = (node: LexicalNode): Style => {
  const style: Style = {}
  if (node.format === 'center' || node.format === 'right' || node.format === 'justify' || node.format === 'left') style.textAlign = node.format
  if (typeof node.indent === 'number' && node.indent > 0) style.marginLeft = node.indent * 18
  return style
}

/** All the text under a node, substituted (unknown nodes print this). */
const plainText = (node: LexicalNode, sub: (text: string) => string): string => {
  if (node.type === 'text' && typeof node.text === 'string') return sub(node.text)
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  return childrenOf(node)
    .map((child) => plainText(child, sub))
    .join('')
}

const linkUrl = (node: LexicalNode): string | null => {
  const url = node.fields?.url ?? node.url
  return typeof url === 'string' && url.trim() ? url.trim() : null
}

function renderInline(node: LexicalNode, key: number, sub: (text: string) => string): ReactNode {
  switch (node.type) {
    case 'text': {
      const format = typeof node.format === 'number' ? node.format : 0
      return (
        <Text key={key} style={textStyle(format)}>
          {printable(sub(node.text ?? ''))}
        </Text>
      )
    }
    case 'linebreak':
      return '\n'
    case 'tab':
      return '    '
    case 'link':
    case 'autolink': {
      const url = linkUrl(node)
      const label = plainText(node, sub)
      const inner = childrenOf(node).map((child, i) => renderInline(child, i, sub))
      if (!url) return <Text key={key}>{inner}</Text>
      const showUrl = label.trim() !== url && label.trim() !== url.replace(/^mailto:/, '')
      return (
        <Text key={key}>
          <Link src={url} style={styles.link}>
            {inner}
          </Link>
          {showUrl ? <Text style={styles.url}>{` (${printable(url.replace(/^mailto:/, ''))})`}</Text> : null}
        </Text>
      )
    }
    default:
      // An unknown inline node (mark, mention…): its text.
      return <Text key={key}>{printable(plainText(node, sub))}</Text>
  }
}

const inlineChildren = (node: LexicalNode, sub: (text: string) => string): ReactNode[] => childrenOf(node).map((child, i) => renderInline(child, i, sub))

/** An empty paragraph keeps its line (authors use them as spacing). */
const lineOf = (nodes: ReactNode[]): ReactNode[] => (nodes.length ? nodes : [' '])

function renderList(node: LexicalNode, key: number, sub: (text: string) => string, depth: number): ReactElement {
  const ordered = node.listType === 'number' || node.tag === 'ol'
  const check = node.listType === 'check'
  let number = typeof node.start === 'number' ? node.start : 1
  const items = childrenOf(node).map((item, i) => {
    const parts = childrenOf(item)
    const nestedOnly = parts.length > 0 && parts.every((part) => part.type === 'list')
    // Lexical nests a list in a list item of its own (no text, no number of its own).
    if (nestedOnly) {
      return (
        <View key={i} style={{ marginLeft: styles.marker.width }}>
          {parts.map((part, j) => renderList(part, j, sub, depth + 1))}
        </View>
      )
    }
    const marker = check ? (item.checked ? '[x]' : '[ ]') : ordered ? `${number++}.` : BULLETS[depth % BULLETS.length]
    const inline = parts.filter((part) => part.type !== 'list')
    const nested = parts.filter((part) => part.type === 'list')
    return (
      <View key={i} style={styles.item} wrap={nested.length > 0}>
        <Text style={check ? { width: 20 } : styles.marker}>{marker}</Text>
        <View style={styles.itemBody}>
          <Text hyphenationCallback={wholeWords}>{lineOf(inline.map((part, j) => renderInline(part, j, sub)))}</Text>
          {nested.map((part, j) => renderList(part, j, sub, depth + 1))}
        </View>
      </View>
    )
  })
  return (
    <View key={key} style={depth ? styles.nested : styles.list}>
      {items}
    </View>
  )
}

function renderBlock(node: LexicalNode, key: number, sub: (text: string) => string): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return (
        <Text key={key} style={[docStyles.paragraph, blockStyle(node)]} hyphenationCallback={wholeWords}>
          {lineOf(inlineChildren(node, sub))}
        </Text>
      )
    case 'heading':
      return (
        <Text key={key} style={[HEADING_STYLES[node.tag ?? 'h2'] ?? docStyles.h2, blockStyle(node)]} minPresenceAhead={40} hyphenationCallback={wholeWords}>
          {inlineChildren(node, sub)}
        </Text>
      )
    case 'quote':
      return (
        <View key={key} style={styles.quote}>
          <Text style={blockStyle(node)} hyphenationCallback={wholeWords}>
            {lineOf(inlineChildren(node, sub))}
          </Text>
        </View>
      )
    case 'list':
      return renderList(node, key, sub, 0)
    case 'horizontalrule':
      return <View key={key} style={styles.rule} />
    default: {
      if (node.type && INLINE_TYPES.has(node.type))
        return (
          <Text key={key} hyphenationCallback={wholeWords}>
            {renderInline(node, 0, sub)}
          </Text>
        )
      // An unknown block (upload, relationship, block…): its text, when it has some.
      const text = plainText(node, sub)
      return text.trim() ? (
        <Text key={key} style={docStyles.paragraph} hyphenationCallback={wholeWords}>
          {printable(text)}
        </Text>
      ) : null
    }
  }
}

const identity = (text: string) => text

/** A Lexical editor state as react-pdf elements, to put inside a page (`<BrandedPage>`). */
export function LexicalPdf(props: { state: unknown /* Lexical editor state JSON */; locale: 'fr' | 'en'; substitute?: (text: string) => string }): ReactElement {
  const own = props.substitute ?? identity
  const sub = props.locale === 'fr' ? (text: string) => frenchSpacing(own(text)) : own
  return <View>{rootChildren(props.state).map((node, i) => renderBlock(node, i, sub))}</View>
}
