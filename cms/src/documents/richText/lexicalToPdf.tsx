// PLACEHOLDER — engineer 4 (templates) owns this file (contract "Rich text → PDF"); their version wins at merge.
// A minimal Lexical → react-pdf renderer so that the bilan's advisor comment prints until then.
// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React, { type ReactElement, type ReactNode } from 'react'
import { Link, Text, View } from '@react-pdf/renderer'
import { docStyles } from '../pdf/styles'

type LexicalNode = { type?: string; text?: string; format?: number; tag?: string; listType?: string; url?: string; fields?: { url?: string }; children?: LexicalNode[] }

const printable = (text: string) => text.replace(/\u202f/g, '\u00a0')

function runs(nodes: LexicalNode[] | undefined, substitute: (text: string) => string): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    if (node.type === 'text') {
      const format = node.format ?? 0
      const bold = (format & 1) !== 0
      const italic = (format & 2) !== 0
      const fontFamily = bold && italic ? 'Helvetica-BoldOblique' : bold ? 'Helvetica-Bold' : italic ? 'Helvetica-Oblique' : undefined
      return (
        <Text key={index} style={{ ...(fontFamily ? { fontFamily } : {}), ...((format & 8) !== 0 ? { textDecoration: 'underline' } : {}) }}>
          {printable(substitute(node.text ?? ''))}
        </Text>
      )
    }
    if (node.type === 'linebreak') return <Text key={index}>{'\n'}</Text>
    if (node.type === 'link' || node.type === 'autolink') {
      const url = node.fields?.url ?? node.url ?? ''
      return <Link key={index} src={url}>{runs(node.children, substitute)}</Link>
    }
    return <Text key={index}>{runs(node.children, substitute)}</Text>
  })
}

const HEADING: Record<string, (typeof docStyles)[keyof typeof docStyles]> = { h1: docStyles.h2, h2: docStyles.h2, h3: docStyles.h3, h4: docStyles.h3 }

function blocks(nodes: LexicalNode[] | undefined, substitute: (text: string) => string): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    switch (node.type) {
      case 'heading':
        return <Text key={index} style={HEADING[node.tag ?? 'h2'] ?? docStyles.h3}>{runs(node.children, substitute)}</Text>
      case 'quote':
        return <Text key={index} style={{ ...docStyles.paragraph, ...docStyles.italic, paddingLeft: 10 }}>{runs(node.children, substitute)}</Text>
      case 'list':
        return (
          <View key={index} style={docStyles.paragraph}>
            {(node.children ?? []).map((item, i) => (
              <View key={i} style={{ flexDirection: 'row', paddingLeft: 8 }}>
                <Text style={{ width: 14 }}>{node.listType === 'number' ? `${i + 1}.` : '•'}</Text>
                <Text style={{ flex: 1 }}>{runs(item.children, substitute)}</Text>
              </View>
            ))}
          </View>
        )
      default:
        return <Text key={index} style={docStyles.paragraph}>{runs(node.children, substitute)}</Text>
    }
  })
}

export function LexicalPdf(props: { state: unknown; locale: 'fr' | 'en'; substitute?: (text: string) => string }): ReactElement {
  const root = (props.state as { root?: LexicalNode } | null)?.root
  return <View>{blocks(root?.children, props.substitute ?? ((text) => text))}</View>
}
