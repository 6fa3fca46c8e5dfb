// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Text, View } from '@react-pdf/renderer'
import { categoryLabel } from '@atlas/shared/patrimony/categories'
import { docStyles } from '../pdf/styles'
import type { BilanModel } from './model'
import type { BilanText } from './bilanText'
import { SubTitle } from './tables'

const cell = { width: 85, textAlign: 'right' as const }

/** Usufruct and bare ownership: full value (what the totals use) and the art. 669 CGI economic value, side by side. */
export function DismemberedSection({ model, f }: { model: BilanModel; f: BilanText }) {
  const { lines, fullTotalCents, economicTotalCents } = model.dismembered
  if (!lines.length) return null
  return (
    <View wrap={false}>
      <SubTitle>{f.t('documents.bilan.dismembered.title')}</SubTitle>
      <Text style={docStyles.paragraph}>{f.t('documents.bilan.dismembered.intro')}</Text>
      <View style={docStyles.headRow}>
        <Text style={[docStyles.headCell, docStyles.cellLabel]}>{f.t('documents.bilan.dismembered.asset')}</Text>
        <Text style={[docStyles.headCell, { width: 95 }]}>{f.t('documents.bilan.dismembered.right')}</Text>
        <Text style={[docStyles.headCell, cell]}>{f.t('documents.bilan.dismembered.full')}</Text>
        <Text style={[docStyles.headCell, cell]}>{f.t('documents.bilan.dismembered.economic')}</Text>
      </View>
      {lines.map((line) => (
        <View key={line.id} style={docStyles.row}>
          <Text style={docStyles.cellLabel}>{line.label || categoryLabel(line.category).label[f.locale]}</Text>
          <Text style={{ width: 95 }}>
            {line.usufructPct === null
              ? f.t(`documents.bilan.ownership.${line.ownership}`)
              : f.t(`documents.bilan.dismembered.rightWithPct.${line.ownership}`, { pct: String(line.ownership === 'usufruct' ? line.usufructPct : 100 - line.usufructPct), age: String(line.age ?? '') })}
          </Text>
          <Text style={cell}>{f.eur(line.fullValueCents)}</Text>
          <Text style={cell}>{line.economicValueCents === null ? f.t('documents.bilan.dismembered.unknown') : f.eur(line.economicValueCents)}</Text>
        </View>
      ))}
      <View style={docStyles.totalRow}>
        <Text style={docStyles.cellLabel}>{f.t('documents.bilan.dismembered.total')}</Text>
        <Text style={{ width: 95 }} />
        <Text style={cell}>{f.eur(fullTotalCents)}</Text>
        <Text style={cell}>{economicTotalCents === null ? '—' : f.eur(economicTotalCents)}</Text>
      </View>
      <Text style={[docStyles.paragraph, docStyles.muted, { marginTop: 4 }]}>{f.t('documents.bilan.dismembered.totalsUseFull')}</Text>
      {lines.some((line) => line.economicValueCents === null) ? <Text style={[docStyles.paragraph, docStyles.muted]}>{f.t('documents.bilan.dismembered.bareUnknown')}</Text> : null}
    </View>
  )
}
