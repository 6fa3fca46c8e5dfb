// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Text, View } from '@react-pdf/renderer'
import type { Invoice } from '@atlas/shared/payload-types'
import type { PdfText } from './pdfText'
import { styles } from './styles'

type Line = NonNullable<Invoice['lines']>[number]
type Rate = NonNullable<Invoice['vatBreakdown']>[number]

const COLUMNS = [
  { key: 'invoice.col.label', style: styles.colLabel },
  { key: 'invoice.col.quantity', style: styles.colQty },
  { key: 'invoice.col.unit', style: styles.colAmount },
  { key: 'invoice.col.rate', style: styles.colRate },
  { key: 'invoice.col.vat', style: styles.colAmount },
  { key: 'invoice.col.excl', style: styles.colAmount },
] as const

export function LinesTable({ lines, f }: { lines: Line[]; f: PdfText }) {
  return (
    <View style={styles.table}>
      <View style={styles.headRow} fixed>
        {COLUMNS.map((column) => (
          <Text key={column.key} style={[column.style, styles.headCell]}>
            {f.t(column.key)}
          </Text>
        ))}
      </View>
      {lines.map((line, index) => (
        <View key={line.id ?? index} style={styles.row} wrap={false}>
          <Text style={styles.colLabel}>{line.label}</Text>
          <Text style={styles.colQty}>{String(line.quantity ?? 1)}</Text>
          <Text style={styles.colAmount}>{f.eur(line.unitPriceExclVatCents)}</Text>
          <Text style={styles.colRate}>{f.rate(line.vatRateBps)}</Text>
          <Text style={styles.colAmount}>{f.eur(line.vatCents)}</Text>
          <Text style={styles.colAmount}>{f.eur(line.exclVatCents)}</Text>
        </View>
      ))}
    </View>
  )
}

export function RatesTable({ rates, f }: { rates: Rate[]; f: PdfText }) {
  return (
    <View style={styles.rates}>
      <Text style={styles.partyLabel}>{f.t('invoice.byRate')}</Text>
      <View style={styles.headRow}>
        <Text style={[styles.colRate, styles.headCell]}>{f.t('invoice.col.rate')}</Text>
        <Text style={[styles.colAmount, styles.headCell]}>{f.t('invoice.byRate.base')}</Text>
        <Text style={[styles.colAmount, styles.headCell]}>{f.t('invoice.byRate.vat')}</Text>
        <Text style={[styles.colAmount, styles.headCell]}>{f.t('invoice.byRate.incl')}</Text>
      </View>
      {rates.map((rate, index) => (
        <View key={rate.id ?? index} style={styles.row}>
          <Text style={styles.colRate}>{f.rate(rate.vatRateBps)}</Text>
          <Text style={styles.colAmount}>{f.eur(rate.exclVatCents)}</Text>
          <Text style={styles.colAmount}>{f.eur(rate.vatCents)}</Text>
          <Text style={styles.colAmount}>{f.eur(rate.inclVatCents)}</Text>
        </View>
      ))}
    </View>
  )
}

export function TotalsBox({ invoice, f }: { invoice: Invoice; f: PdfText }) {
  const creditNote = invoice.kind === 'credit-note'
  const rows = [
    [f.t('invoice.total.excl'), f.eur(invoice.totalExclVatCents)],
    [f.t('invoice.total.vat'), f.eur(invoice.totalVatCents)],
  ]
  return (
    <View style={styles.totals}>
      {rows.map(([name, value]) => (
        <View key={name} style={styles.totalRow}>
          <Text>{name}</Text>
          <Text>{value}</Text>
        </View>
      ))}
      <View style={[styles.totalRow, styles.grandTotal]}>
        <Text>{f.t(creditNote ? 'invoice.total.credited' : 'invoice.total.incl')}</Text>
        <Text>{f.eur(invoice.totalInclVatCents)}</Text>
      </View>
    </View>
  )
}
