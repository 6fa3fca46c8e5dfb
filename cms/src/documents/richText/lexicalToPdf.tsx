// PLACEHOLDER — owner: templates (engineer 4). A throw-away Lexical → react-pdf for the adequation branch only
// (paragraphs, headings, bold/italic, lists, line breaks); the owner's file wins at merge.
import React, { type ReactElement, type ReactNode } from 'react'
import { Text, View } from '@react-pdf/renderer'
import { docStyles } from '../pdf/styles'

type LexicalNode = { type?: string; text?: string; format?: number; tag?: string; listType?: string; children?: LexicalNode[] }

const runs = (nodes: LexicalNode[] | undefined, substitute: (t: string) => string): ReactNode[] =>
  (nodes ?? []).map((node, i) => {
    if (node.type === 'linebreak') return '\n'
    if (node.type === 'text') {
      const bold = ((node.format ?? 0) & 1) !== 0
      const italic = ((node.format ?? 0) & 2) !== 0
      const style = bold ? docStyles.strong : italic ? docStyles.italic : undefined
      return <Text key={i} style={style}>{substitute(node.text ?? '')}</Text>
    }
    return <Text key={i}>{runs(node.children, substitute)}</Text>
  })

const block = (node: LexicalNode, i: number, substitute: (t: string) => string): ReactNode => {
  if (node.type === 'heading') return <Text key={i} style={docStyles.h3}>{runs(node.children, substitute)}</Text>
  if (node.type === 'list')
    return (
      <View key={i} style={docStyles.paragraph}>
        {(node.children ?? []).map((item, j) => (
          <Text key={j}>{`${node.listType === 'number' ? `${j + 1}.` : '•'} `}{runs(item.children, substitute)}</Text>
        ))}
      </View>
    )
  return <Text key={i} style={docStyles.paragraph}>{runs(node.children, substitute)}</Text>
}

export function LexicalPdf({ state, substitute = (t) => t }: { state: unknown; locale: 'fr' | 'en'; substitute?: (text: string) => string }): ReactElement {
  const root = (state as { root?: LexicalNode } | null)?.root
  return <View>{(root?.children ?? []).map((node, i) => block(node, i, substitute))}</View>
}
