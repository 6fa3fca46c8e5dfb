// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Text, View } from '@react-pdf/renderer'
import { docStyles } from '../pdf/styles'
import type { BilanModel } from './model'
import type { BilanText } from './bilanText'
import { AmountTable, SectionTitle } from './tables'

/** The IFI estimate: net taxable real estate (30 % off the main residence, linked debts), the dated scale, the décote. */
export function IfiSection({ model, f }: { model: BilanModel; f: BilanText }) {
  const { estimate: e, scale } = model.ifi
  const bracket = (from: number, to: number | null) =>
    to === null ? f.t('documents.bilan.ifi.bracketAbove', { from: f.eur(from) }) : f.t('documents.bilan.ifi.bracket', { from: f.eur(from), to: f.eur(to) })
  return (
    <>
      <SectionTitle>{f.t('documents.bilan.ifi.title')}</SectionTitle>
      <Text style={docStyles.paragraph}>{f.t('documents.bilan.ifi.intro')}</Text>
      <AmountTable
        head={[f.t('documents.bilan.ifi.base'), f.t('documents.bilan.patrimony.amount')]}
        rows={[
          { label: f.t('documents.bilan.ifi.realEstate'), amount: f.eur(e.realEstateCents) },
          { label: f.t('documents.bilan.ifi.allowance', { pct: String(scale.mainResidenceAllowancePct) }), amount: `– ${f.eur(e.mainResidenceAllowanceCents)}` },
          { label: f.t('documents.bilan.ifi.debts'), amount: `– ${f.eur(e.deductibleDebtsCents)}` },
        ]}
        total={{ label: f.t('documents.bilan.ifi.netTaxable'), amount: f.eur(e.netTaxableCents) }}
      />
      {e.debtsNotLinkedCents > 0 ? <Text style={[docStyles.paragraph, docStyles.muted]}>{f.t('documents.bilan.ifi.notLinked', { amount: f.eur(e.debtsNotLinkedCents) })}</Text> : null}
      <View style={docStyles.notice} wrap={false}>
        <Text style={docStyles.strong}>
          {e.liable
            ? f.t('documents.bilan.ifi.liable', { threshold: f.eur(scale.entryThresholdCents), tax: f.eur(e.netTaxCents) })
            : f.t('documents.bilan.ifi.notLiable', { threshold: f.eur(scale.entryThresholdCents) })}
        </Text>
      </View>
      {e.liable ? (
        <AmountTable
          head={[f.t('documents.bilan.ifi.computation'), f.t('documents.bilan.patrimony.amount')]}
          rows={[
            { label: f.t('documents.bilan.ifi.grossTax'), amount: f.eur(e.grossTaxCents) },
            {
              label: f.t('documents.bilan.ifi.decote', { constant: f.eur(scale.decote.constantCents), rate: f.bp(scale.decote.rateBp), upTo: f.eur(scale.decote.upToCents) }),
              amount: `– ${f.eur(e.decoteCents)}`,
            },
          ]}
          total={{ label: f.t('documents.bilan.ifi.netTax'), amount: f.eur(e.netTaxCents) }}
        />
      ) : null}
      <View wrap={false}>
        <Text style={docStyles.h3}>{f.t('documents.bilan.ifi.scale', { date: f.day(scale.validFrom) })}</Text>
        {scale.brackets.map((b) => (
          <View key={b.fromCents} style={docStyles.row}>
            <Text style={docStyles.cellLabel}>{bracket(b.fromCents, b.toCents)}</Text>
            <Text style={docStyles.cellNarrow}>{f.bp(b.rateBp)}</Text>
          </View>
        ))}
        <Text style={[docStyles.paragraph, docStyles.muted, { marginTop: 4 }]}>{f.t('documents.bilan.ifi.caveat')}</Text>
      </View>
    </>
  )
}
