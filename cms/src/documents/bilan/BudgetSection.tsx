// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Text, View } from '@react-pdf/renderer'
import { HCSF_MAX_DEBT_RATIO } from '@atlas/shared/finance/budget'
import { docStyles } from '../pdf/styles'
import type { BilanModel } from './model'
import type { BilanText } from './bilanText'
import { AmountTable, KeyFigures, SectionTitle, SubTitle } from './tables'

/** Income, expenses, savings capacity, debt ratio, and the emergency fund on liquid assets only. */
export function BudgetSection({ model, f }: { model: BilanModel; f: BilanText }) {
  const { budget, emergency } = model
  const ratio = budget.debt.ratio
  return (
    <>
      <SectionTitle>{f.t('documents.bilan.budget.title')}</SectionTitle>
      <KeyFigures
        figures={[
          [f.t('documents.bilan.budget.income'), f.eur(budget.monthlyIncomeCents)],
          [f.t('documents.bilan.budget.expenses'), f.eur(budget.monthlyExpensesCents)],
          [f.t('documents.bilan.budget.savings'), f.eur(budget.savingsCapacityCents)],
          [f.t('documents.bilan.budget.debtRatio'), ratio === null ? '—' : f.pct(ratio)],
        ]}
      />
      <Text style={docStyles.paragraph}>
        {ratio === null
          ? f.t('documents.bilan.budget.debtRatioNone')
          : f.t(`documents.bilan.budget.debtRatioSource.${budget.debt.source}`, { repayments: f.eur(budget.debt.repaymentsCents), income: f.eur(budget.monthlyIncomeCents) })}
      </Text>
      {ratio !== null && ratio > HCSF_MAX_DEBT_RATIO ? (
        <View style={docStyles.warning} wrap={false}>
          <Text>{f.t('documents.bilan.budget.debtRatioOver', { max: f.pct(HCSF_MAX_DEBT_RATIO) })}</Text>
        </View>
      ) : null}
      <SubTitle>{f.t('documents.bilan.emergency.title')}</SubTitle>
      <AmountTable
        head={[f.t('documents.bilan.emergency.head'), f.t('documents.bilan.patrimony.amount')]}
        rows={[
          { label: f.t('documents.bilan.emergency.liquid'), amount: f.eur(emergency.liquidCents) },
          { label: f.t('documents.bilan.emergency.expenses'), amount: f.eur(emergency.monthlyExpensesCents) },
        ]}
        total={{
          label: f.t('documents.bilan.emergency.months'),
          amount: emergency.months === null ? '—' : f.t('documents.bilan.emergency.monthsValue', { months: f.decimal(emergency.months) }),
        }}
      />
      <Text style={[docStyles.paragraph, docStyles.muted]}>{f.t('documents.bilan.emergency.note')}</Text>
    </>
  )
}
