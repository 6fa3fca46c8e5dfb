// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Path, Svg, Text, View } from '@react-pdf/renderer'
import { donutArcs } from '@atlas/shared/charts/donut'
import type { AllocationSlice } from '@atlas/shared/finance/allocation'
import { categoryLabel, type AssetCategory } from '@atlas/shared/patrimony/categories'
import { colours, docStyles } from '../pdf/styles'
import type { BilanText } from './bilanText'

const SIZE = 136
/** The palette has 8 colours: the 7 largest categories get one each, the rest are "Autres". */
const MAX_SLICES = colours.series.length - 1

type Slice = { label: string; valueCents: number; share: number }

export function slicesForDonut(allocation: readonly AllocationSlice<AssetCategory>[], f: BilanText): Slice[] {
  const named = allocation.slice(0, allocation.length > colours.series.length ? MAX_SLICES : colours.series.length)
  const rest = allocation.slice(named.length)
  const slices: Slice[] = named.map((slice) => ({ label: categoryLabel(slice.key).label[f.locale], valueCents: slice.valueCents, share: slice.share }))
  if (rest.length) {
    slices.push({
      label: f.t('documents.bilan.allocation.others'),
      valueCents: rest.reduce((sum, slice) => sum + slice.valueCents, 0),
      share: rest.reduce((sum, slice) => sum + slice.share, 0),
    })
  }
  return slices
}

/** The allocation by category as a vector donut (geometry: shared/src/charts/donut.ts), with its legend. */
export function AllocationDonut({ allocation, f }: { allocation: readonly AllocationSlice<AssetCategory>[]; f: BilanText }) {
  const slices = slicesForDonut(allocation, f)
  if (!slices.length) return <Text style={docStyles.muted}>{f.t('documents.bilan.allocation.none')}</Text>
  const arcs = donutArcs(slices.map((slice) => slice.valueCents), { cx: SIZE / 2, cy: SIZE / 2, outerRadius: SIZE / 2 - 2, innerRadius: SIZE / 4 })
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', marginVertical: 6 }} wrap={false}>
      <Svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`}>
        {arcs.map((arc) => (
          <Path key={arc.index} d={arc.d} fill={colours.series[arc.index % colours.series.length]} stroke="#ffffff" strokeWidth={1} />
        ))}
      </Svg>
      <View style={{ flex: 1, marginLeft: 18 }}>
        {slices.map((slice, index) => (
          <View key={slice.label} style={{ flexDirection: 'row', alignItems: 'center', paddingVertical: 2 }}>
            <View style={{ width: 8, height: 8, marginRight: 6, backgroundColor: colours.series[index % colours.series.length] }} />
            <Text style={{ flex: 1 }}>{slice.label}</Text>
            <Text style={{ width: 90, textAlign: 'right' }}>{f.eur(slice.valueCents)}</Text>
            <Text style={{ width: 45, textAlign: 'right', color: colours.muted }}>{f.pct(slice.share)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
