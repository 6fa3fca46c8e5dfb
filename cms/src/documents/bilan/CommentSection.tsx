// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Text, View } from '@react-pdf/renderer'
import { LexicalPdf } from '../richText/lexicalToPdf'
import type { Branding } from '../pdf/firmBranding'
import { docStyles } from '../pdf/styles'
import type { BilanText } from './bilanText'
import { SectionTitle } from './tables'

const hasContent = (state: unknown) => {
  const children = (state as { root?: { children?: { children?: unknown[] }[] } } | null)?.root?.children
  return Array.isArray(children) && children.some((child) => Array.isArray(child?.children) && child.children.length > 0)
}

/** The advisor's comment (advisor-comments, rich text written in the admin). */
export function CommentSection({ comment, branding, f }: { comment: unknown; branding: Branding; f: BilanText }) {
  return (
    <>
      <SectionTitle>{f.t('documents.bilan.comment.title')}</SectionTitle>
      {hasContent(comment) ? <LexicalPdf state={comment} locale={f.locale} /> : <Text style={docStyles.muted}>{f.t('documents.bilan.comment.none')}</Text>}
      {branding.advisor ? (
        <View style={{ marginTop: 8 }} wrap={false}>
          <Text style={docStyles.strong}>{branding.advisor.name}</Text>
          <Text style={docStyles.muted}>{branding.advisor.email}</Text>
        </View>
      ) : null}
    </>
  )
}
