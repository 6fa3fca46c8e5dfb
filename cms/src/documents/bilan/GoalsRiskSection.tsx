// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Text, View } from '@react-pdf/renderer'
import { optionLabelKey } from '@atlas/shared/profile/questionnaire/options'
import { colours, docStyles } from '../pdf/styles'
import type { BilanModel } from './model'
import type { BilanText } from './bilanText'
import { Facts, SectionTitle, SubTitle } from './tables'

const cell = { width: 80, textAlign: 'right' as const }

/** Objectives, goals with what they ask of the monthly savings, and the risk profile (score 1–7, warnings in words). */
export function GoalsRiskSection({ model, f }: { model: BilanModel; f: BilanText }) {
  const { goals, objectives, risk } = model
  const none = f.t('documents.bilan.unanswered')
  return (
    <>
      <SectionTitle>{f.t('documents.bilan.goals.title')}</SectionTitle>
      <Facts
        facts={[
          [f.t('documents.bilan.goals.purposes'), objectives.purposes.length ? objectives.purposes.map((p) => f.key(optionLabelKey('purpose', p))).join(', ') : none],
          [f.t('documents.bilan.goals.horizon'), objectives.horizonYears === null ? none : f.t('documents.bilan.situation.years', { n: String(objectives.horizonYears) })],
          [f.t('documents.bilan.goals.liquidityNeed'), objectives.liquidityNeed ? f.key(optionLabelKey('liquidityNeed', objectives.liquidityNeed)) : none],
        ]}
      />
      <SubTitle>{f.t('documents.bilan.goals.projects')}</SubTitle>
      {goals.goals.length ? (
        <View wrap={false}>
          <View style={docStyles.headRow}>
            <Text style={[docStyles.headCell, docStyles.cellLabel]}>{f.t('documents.bilan.goals.goal')}</Text>
            <Text style={[docStyles.headCell, cell]}>{f.t('documents.bilan.goals.target')}</Text>
            <Text style={[docStyles.headCell, cell]}>{f.t('documents.bilan.goals.date')}</Text>
            <Text style={[docStyles.headCell, { width: 50, textAlign: 'right' }]}>{f.t('documents.bilan.goals.monthsLeft')}</Text>
            <Text style={[docStyles.headCell, cell]}>{f.t('documents.bilan.goals.monthly')}</Text>
          </View>
          {goals.goals.map((goal, index) => (
            <View key={index} style={docStyles.row}>
              <Text style={docStyles.cellLabel}>{goal.name}</Text>
              <Text style={cell}>{f.eur(goal.targetCents)}</Text>
              <Text style={cell}>{f.day(goal.targetDate.slice(0, 10))}</Text>
              <Text style={{ width: 50, textAlign: 'right' }}>{String(goal.monthsLeft)}</Text>
              <Text style={cell}>{goal.monthlyNeededCents === null ? f.t('documents.bilan.goals.past') : f.eur(goal.monthlyNeededCents)}</Text>
            </View>
          ))}
          <View style={docStyles.totalRow}>
            <Text style={docStyles.cellLabel}>{f.t('documents.bilan.goals.total')}</Text>
            <Text style={cell}>{f.eur(goals.totalMonthlyNeededCents)}</Text>
          </View>
          <Text style={[docStyles.paragraph, { marginTop: 4 }]}>
            {goals.marginCents >= 0
              ? f.t('documents.bilan.goals.covered', { savings: f.eur(model.budget.savingsCapacityCents), margin: f.eur(goals.marginCents) })
              : f.t('documents.bilan.goals.short', { savings: f.eur(model.budget.savingsCapacityCents), missing: f.eur(-goals.marginCents) })}
          </Text>
          <Text style={[docStyles.paragraph, docStyles.muted]}>{f.t('documents.bilan.goals.method')}</Text>
        </View>
      ) : (
        <Text style={docStyles.muted}>{f.t('documents.bilan.goals.none')}</Text>
      )}
      <SectionTitle>{f.t('documents.bilan.risk.title')}</SectionTitle>
      <View style={{ flexDirection: 'row', alignItems: 'center', marginVertical: 6 }} wrap={false}>
        {[1, 2, 3, 4, 5, 6, 7].map((n) => (
          <View key={n} style={{ width: 26, height: 20, marginRight: 3, alignItems: 'center', justifyContent: 'center', backgroundColor: n === risk.score ? colours.accent : colours.accentSoft }}>
            <Text style={{ color: n === risk.score ? '#ffffff' : colours.muted, fontFamily: 'Helvetica-Bold' }}>{String(n)}</Text>
          </View>
        ))}
        <Text style={{ marginLeft: 10, fontSize: 11, fontFamily: 'Helvetica-Bold' }}>
          {risk.score === null ? f.t('documents.bilan.risk.none') : f.t('documents.bilan.risk.score', { score: String(risk.score), label: f.key(`profile.risk.level.${risk.score}`) })}
        </Text>
      </View>
      {risk.capacityForLossPct !== null ? <Text style={docStyles.paragraph}>{f.t('documents.bilan.risk.capacity', { pct: String(risk.capacityForLossPct) })}</Text> : null}
      <Text style={docStyles.h3}>{f.t('documents.bilan.risk.warnings')}</Text>
      {risk.warnings.length ? (
        risk.warnings.map((code) => (
          <View key={code} style={docStyles.warning} wrap={false}>
            <Text>{f.key(`questionnaire.warning.${code}`)}</Text>
          </View>
        ))
      ) : (
        <Text style={docStyles.muted}>{f.t('documents.bilan.risk.noWarnings')}</Text>
      )}
    </>
  )
}
