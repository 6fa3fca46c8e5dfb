'use client'
import { Line } from '@nivo/line'
import { monthName } from '@atlas/shared/finance/chartLabels'
import type { NetWorthPoint } from '@atlas/shared/finance/netWorthHistory'
import { netWorthLineLabel, netWorthLineProps, netWorthText } from '@atlas/shared/finance/netWorthLine'
import { translate, type Locale } from '@atlas/shared/i18n'

const WIDTH = 720
const HEIGHT = 260

/**
 * The client's net worth at the end of each month, drawn as the portal's
 * chart (same nivo line, labels and theme from shared/finance), scaled to its
 * container by a viewBox; the figures are also a table for screen readers.
 */
export function NetWorthLine({ points, locale }: { points: NetWorthPoint[]; locale: Locale }) {
  if (points.length === 0) return <p data-testid="client-net-worth-chart">{translate(locale, 'dashboard.history.empty')}</p>
  const caption = translate(locale, 'dashboard.history.caption')
  const label = netWorthLineLabel(points, locale)
  return (
    <figure className="client-chart" data-testid="client-net-worth-chart" style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
        <Line {...netWorthLineProps(points, locale, { width: WIDTH, height: HEIGHT, compact: false, thinMonths: points.length > 8 })} />
      </svg>
      <table style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        <caption>{caption}</caption>
        <tbody>
          {points.map((point) => (
            <tr key={point.month}>
              <th scope="row">{monthName(point.month, locale, 'long')}</th>
              <td>{netWorthText(point, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
