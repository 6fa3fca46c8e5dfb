// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Text, View } from '@react-pdf/renderer'
import { monthName } from '@atlas/shared/finance/chartLabels'
import type { CategoryGroup } from '@atlas/shared/patrimony/groups'
import { docStyles } from '../pdf/styles'
import { AllocationDonut } from './AllocationDonut'
import type { BilanModel, Share } from './model'
import { NetWorthChart } from './NetWorthChart'
import type { BilanText } from './bilanText'
import { AmountTable, KeyFigures, SectionTitle, SubTitle } from './tables'

const lineLabel = (line: CategoryGroup['lines'][number], group: CategoryGroup, f: BilanText) => {
  const name = line.label || group.label[f.locale]
  const details = [
    line.institution,
    line.sharePct < 100 ? f.t('documents.bilan.patrimony.share', { pct: f.decimal(line.sharePct) }) : '',
    line.ownership === 'usufruct' || line.ownership === 'bare' ? f.t(`documents.bilan.ownership.${line.ownership}`) : '',
  ].filter(Boolean)
  return details.length ? `${name} (${details.join(', ')})` : name
}

function Groups({ groups, f, totalLabel, totalCents }: { groups: CategoryGroup[]; f: BilanText; totalLabel: string; totalCents: number }) {
  return (
    <>
      {groups.map((group) => (
        <AmountTable
          key={group.category}
          head={[group.label[f.locale], f.t('documents.bilan.patrimony.counted')]}
          rows={group.lines.map((line) => ({ label: lineLabel(line, group, f), amount: f.eur(line.countedCents) }))}
          total={{ label: f.t('documents.bilan.patrimony.groupTotal'), amount: f.eur(group.totalCents) }}
        />
      ))}
      <View style={docStyles.totalRow} wrap={false}>
        <Text style={docStyles.cellLabel}>{totalLabel}</Text>
        <Text style={docStyles.cellAmount}>{f.eur(totalCents)}</Text>
      </View>
    </>
  )
}

function SharesTable<Key extends string>({ title, shares, prefix, f, grossCents }: { title: string; shares: Share<Key>[]; prefix: string; f: BilanText; grossCents: number }) {
  return (
    <AmountTable
      head={[title, f.t('documents.bilan.patrimony.amount'), f.t('documents.bilan.patrimony.shareHead')]}
      rows={shares.map((share) => ({ label: f.key(`${prefix}.${share.key}`), amount: f.eur(share.valueCents), extra: f.pct(share.share) }))}
      total={{ label: f.t('documents.bilan.patrimony.gross'), amount: f.eur(grossCents), extra: shares.length ? f.pct(1) : '' }}
    />
  )
}

/** 2. The patrimony: totals, the two charts, by availability. */
export function PatrimonyOverview({ model, f }: { model: BilanModel; f: BilanText }) {
  const p = model.patrimony
  return (
    <>
      <SectionTitle>{f.t('documents.bilan.patrimony.title')}</SectionTitle>
      <KeyFigures
        figures={[
          [f.t('documents.bilan.patrimony.gross'), f.eur(p.grossCents)],
          [f.t('documents.bilan.patrimony.debts'), f.eur(p.debtsCents)],
          [f.t('documents.bilan.patrimony.net'), f.eur(p.netCents)],
        ]}
      />
      <Text style={[docStyles.paragraph, docStyles.muted]}>{f.t('documents.bilan.patrimony.fullValueNote')}</Text>
      <SubTitle>{f.t('documents.bilan.patrimony.allocation')}</SubTitle>
      <AllocationDonut allocation={model.allocation} f={f} />
      <SubTitle>{f.t('documents.bilan.history.title', { months: String(model.history.points.length) })}</SubTitle>
      <NetWorthChart points={model.history.points} f={f} />
      {model.history.changeCents !== null && model.history.firstRecorded ? (
        <Text style={docStyles.paragraph}>
          {f.t('documents.bilan.history.change', {
            from: monthName(model.history.firstRecorded.month, f.locale, 'long'),
            start: f.eur(model.history.firstRecorded.netWorthCents),
            end: f.eur(model.history.last?.netWorthCents),
            change: `${model.history.changeCents > 0 ? '+' : ''}${f.eur(model.history.changeCents)}`,
          })}
        </Text>
      ) : null}
      <View wrap={false}>
        <SubTitle>{f.t('documents.bilan.patrimony.byAvailability')}</SubTitle>
        <SharesTable title={f.t('documents.bilan.patrimony.availabilityHead')} shares={p.byAvailability} prefix="documents.bilan.availability" f={f} grossCents={p.grossCents} />
        <Text style={[docStyles.muted, { fontSize: 8 }]}>{f.t('documents.bilan.availability.note')}</Text>
      </View>
    </>
  )
}

/** 2 (continued). By family and envelope, then every asset and debt by category. */
export function PatrimonyDetail({ model, f }: { model: BilanModel; f: BilanText }) {
  const p = model.patrimony
  return (
    <>
      <SubTitle>{f.t('documents.bilan.patrimony.byFamily')}</SubTitle>
      <SharesTable title={f.t('documents.bilan.patrimony.familyHead')} shares={p.byFamily} prefix="documents.bilan.family" f={f} grossCents={p.grossCents} />
      <SubTitle>{f.t('documents.bilan.patrimony.byWrapper')}</SubTitle>
      <SharesTable title={f.t('documents.bilan.patrimony.wrapperHead')} shares={p.byWrapper} prefix="documents.bilan.wrapper" f={f} grossCents={p.grossCents} />
      <SubTitle>{f.t('documents.bilan.patrimony.assetsDetail')}</SubTitle>
      {p.assets.length ? <Groups groups={p.assets} f={f} totalLabel={f.t('documents.bilan.patrimony.gross')} totalCents={p.grossCents} /> : <Text style={docStyles.muted}>{f.t('documents.bilan.patrimony.noAssets')}</Text>}
      <SubTitle>{f.t('documents.bilan.patrimony.liabilitiesDetail')}</SubTitle>
      {p.liabilities.length ? <Groups groups={p.liabilities} f={f} totalLabel={f.t('documents.bilan.patrimony.debts')} totalCents={p.debtsCents} /> : <Text style={docStyles.muted}>{f.t('documents.bilan.patrimony.noDebts')}</Text>}
    </>
  )
}
