// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React, { type ReactNode } from 'react'
import { Text, View } from '@react-pdf/renderer'
import { docStyles } from '../pdf/styles'

export type AmountRow = { label: string; amount: string; extra?: string; muted?: boolean }

/** A two- or three-column table (label, amount, share or note) kept on one page, with an optional total row. */
export function AmountTable({ head, rows, total }: { head: [string, string, string?]; rows: AmountRow[]; total?: AmountRow }) {
  const extra = head[2] !== undefined
  return (
    <View style={docStyles.table} wrap={false}>
      <View style={docStyles.headRow}>
        <Text style={[docStyles.headCell, docStyles.cellLabel]}>{head[0]}</Text>
        <Text style={[docStyles.headCell, docStyles.cellAmount]}>{head[1]}</Text>
        {extra ? <Text style={[docStyles.headCell, docStyles.cellNarrow]}>{head[2]}</Text> : null}
      </View>
      {rows.map((row, index) => (
        <View key={index} style={docStyles.row}>
          <Text style={[docStyles.cellLabel, ...(row.muted ? [docStyles.muted] : [])]}>{row.label}</Text>
          <Text style={docStyles.cellAmount}>{row.amount}</Text>
          {extra ? <Text style={[docStyles.cellNarrow, docStyles.muted]}>{row.extra ?? ''}</Text> : null}
        </View>
      ))}
      {total ? (
        <View style={docStyles.totalRow}>
          <Text style={docStyles.cellLabel}>{total.label}</Text>
          <Text style={docStyles.cellAmount}>{total.amount}</Text>
          {extra ? <Text style={docStyles.cellNarrow}>{total.extra ?? ''}</Text> : null}
        </View>
      ) : null}
    </View>
  )
}

/** Label / value pairs, two columns. */
export function Facts({ facts }: { facts: [string, string][] }) {
  return (
    <View style={docStyles.table} wrap={false}>
      {facts.map(([label, value]) => (
        <View key={label} style={docStyles.row}>
          <Text style={[docStyles.muted, { width: 190, paddingRight: 8 }]}>{label}</Text>
          <Text style={{ flex: 1 }}>{value}</Text>
        </View>
      ))}
    </View>
  )
}

export function KeyFigures({ figures }: { figures: [string, string][] }) {
  return (
    <View style={docStyles.keyFigures} wrap={false}>
      {figures.map(([label, value]) => (
        <View key={label} style={docStyles.keyFigure}>
          <Text style={docStyles.keyFigureLabel}>{label}</Text>
          <Text style={docStyles.keyFigureValue}>{value}</Text>
        </View>
      ))}
    </View>
  )
}

/** A section's title kept with the start of what follows (minPresenceAhead: no title alone at a page's foot). */
export function SectionTitle({ children, breakBefore }: { children: ReactNode; breakBefore?: boolean }) {
  return <Text style={docStyles.h1} break={breakBefore} minPresenceAhead={120}>{children}</Text>
}

export function SubTitle({ children }: { children: ReactNode }) {
  return <Text style={docStyles.h2} minPresenceAhead={80}>{children}</Text>
}
