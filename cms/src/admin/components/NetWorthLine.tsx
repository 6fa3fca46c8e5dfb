'use client'
import { Line } from '@nivo/line'
import { compactEur, everyThirdMonth, monthName } from '@atlas/shared/finance/chartLabels'
import { CHART_THEME } from '@atlas/shared/finance/chartTheme'
import { formatEur } from '@atlas/shared/finance/money'
import type { NetWorthPoint } from '@atlas/shared/finance/netWorthHistory'
import { translate, type Locale } from '@atlas/shared/i18n'

const WIDTH = 720
const HEIGHT = 260

/**
 * The client's net worth at the end of each month, drawn as the portal's
 * chart (same nivo line, labels and theme from shared/finance), scaled to its
 * container by a viewBox; the figures are also a table for screen readers.
 */
export function NetWorthLine({ points, locale }: { points: NetWorthPoint[]; locale: Locale }) {
  const months = points.map((point) => point.month)
  const caption = translate(locale, 'dashboard.history.caption')
  const label = `${caption} : ${points.map((p) => `${monthName(p.month, locale, 'long')} ${formatEur(p.netWorthCents, locale)}`).join(', ')}`
  return (
    <figure className="client-chart" data-testid="client-net-worth-chart" style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
        <Line
          width={WIDTH}
          height={HEIGHT}
          role="presentation"
          data={[{ id: 'net', data: points.map((point) => ({ x: point.month, y: point.netWorthCents })) }]}
          margin={{ top: 16, right: 16, bottom: 36, left: 76 }}
          yScale={{ type: 'linear', min: 'auto', max: 'auto' }}
          curve="monotoneX"
          colors={['#0f766e']}
          lineWidth={3}
          enableArea
          areaOpacity={0.12}
          pointSize={8}
          pointColor="#ffffff"
          pointBorderWidth={2}
          pointBorderColor={{ from: 'serieColor' }}
          axisBottom={{
            tickSize: 0,
            tickPadding: 10,
            tickValues: months.length > 8 ? everyThirdMonth(months) : months,
            format: (month: string) => monthName(month, locale, 'short'),
          }}
          axisLeft={{ tickSize: 0, tickPadding: 8, tickValues: 4, format: (cents: number) => compactEur(cents, locale) }}
          gridYValues={4}
          enableGridX={false}
          theme={CHART_THEME}
          isInteractive={false}
          animate={false}
          renderWrapper={false}
        />
      </svg>
      <table style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        <caption>{caption}</caption>
        <tbody>
          {points.map((point) => (
            <tr key={point.month}>
              <th scope="row">{monthName(point.month, locale, 'long')}</th>
              <td>{formatEur(point.netWorthCents, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
