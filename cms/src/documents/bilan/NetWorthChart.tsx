// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Line, Path, Svg, Text, View } from '@react-pdf/renderer'
import { lineChart } from '@atlas/shared/charts/lineChart'
import { everyThirdMonth, monthName } from '@atlas/shared/finance/chartLabels'
import type { NetWorthPoint } from '@atlas/shared/finance/netWorthHistory'
import { colours, docStyles } from '../pdf/styles'
import type { BilanText } from './bilanText'

const PLOT = { left: 52, top: 6, width: 455, height: 115, bottom: 18 }

/**
 * Net worth at the end of each month as a vector area chart (geometry:
 * shared/src/charts/lineChart.ts). Labels are react-pdf Text laid over the
 * SVG, in the portal's formats (compactEur, short month names, every third).
 */
export function NetWorthChart({ points, f }: { points: readonly NetWorthPoint[]; f: BilanText }) {
  if (!points.some((point) => point.netWorthCents !== null)) return <Text style={docStyles.muted}>{f.t('documents.bilan.history.none')}</Text>
  const chart = lineChart(points.map((point) => point.netWorthCents), { width: PLOT.width, height: PLOT.height, tickCount: 4 })
  const labelled = new Set(everyThirdMonth(points.map((point) => point.month)))
  const width = PLOT.left + PLOT.width + 10
  const height = PLOT.top + PLOT.height + PLOT.bottom
  return (
    <View style={{ position: 'relative', width, height, marginVertical: 6 }} wrap={false}>
      <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', top: 0, left: 0 }}>
        {chart.yTicks.map((tick) => (
          <Line key={tick.value} x1={PLOT.left} x2={PLOT.left + PLOT.width} y1={PLOT.top + tick.y} y2={PLOT.top + tick.y} stroke={colours.line} strokeWidth={0.5} />
        ))}
        <Path d={chart.area} fill={colours.accentSoft} transform={`translate(${PLOT.left}, ${PLOT.top})`} />
        <Path d={chart.line} fill="none" stroke={colours.accent} strokeWidth={1.5} transform={`translate(${PLOT.left}, ${PLOT.top})`} />
        <Line x1={PLOT.left} x2={PLOT.left + PLOT.width} y1={PLOT.top + chart.baselineY} y2={PLOT.top + chart.baselineY} stroke={colours.muted} strokeWidth={0.75} />
      </Svg>
      {chart.yTicks.map((tick) => (
        <Text key={tick.value} style={{ position: 'absolute', left: 0, width: PLOT.left - 6, top: PLOT.top + tick.y - 5, fontSize: 7, textAlign: 'right', color: colours.muted }}>
          {f.compact(tick.value)}
        </Text>
      ))}
      {points.map((point, index) =>
        labelled.has(point.month) ? (
          <Text key={point.month} style={{ position: 'absolute', left: PLOT.left + chart.xs[index]! - 20, width: 40, top: PLOT.top + PLOT.height + 5, fontSize: 7, textAlign: 'center', color: colours.muted }}>
            {`${monthName(point.month, f.locale, 'short')} ${point.month.slice(2, 4)}`}
          </Text>
        ) : null,
      )}
    </View>
  )
}
