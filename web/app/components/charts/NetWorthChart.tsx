import { Line } from '@nivo/line'
import type { NetWorthPoint } from '@atlas/shared/finance/netWorthHistory'
import { monthName } from '@atlas/shared/finance/chartLabels'
import { netWorthLineLabel, netWorthLineProps, netWorthText } from '@atlas/shared/finance/netWorthLine'
import { useLocale, useT } from '../../lib/translation'
import { ScalableChart } from './ScalableChart'

function Chart({ points, width, height, compact, label }: {
  points: NetWorthPoint[]; width: number; height: number; compact: boolean; label: string
}) {
  const locale = useLocale()
  return (
    <ScalableChart width={width} height={height} label={label} className={compact ? 'chart-narrow' : 'chart-wide'}>
      <Line {...netWorthLineProps(points, locale, { width, height, compact, thinMonths: compact })} />
    </ScalableChart>
  )
}

/** Net worth at the end of each month: a line drawn on the server, and the same figures as a table. */
export function NetWorthChart({ points }: { points: NetWorthPoint[] }) {
  const t = useT()
  const locale = useLocale()
  const label = netWorthLineLabel(points, locale)
  return (
    <figure className="chart" data-testid="net-worth-chart">
      <Chart points={points} width={720} height={280} compact={false} label={label} />
      <Chart points={points} width={360} height={240} compact label={label} />
      <table className="visually-hidden">
        <caption>{t('dashboard.history.caption')}</caption>
        <thead><tr><th scope="col">{t('dashboard.history.month')}</th><th scope="col">{t('dashboard.netWorth')}</th></tr></thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.month}><th scope="row">{monthName(point.month, locale, 'long')}</th><td>{netWorthText(point, locale)}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
