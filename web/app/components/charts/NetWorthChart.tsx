import { Line } from '@nivo/line'
import { formatEur } from '@atlas/shared/finance/money'
import type { NetWorthPoint } from '@atlas/shared/finance/netWorthHistory'
import { compactEur, everyThirdMonth, monthName } from '@atlas/shared/finance/chartLabels'
import { useLocale, useT } from '../../lib/translation'
import { CHART_THEME } from '@atlas/shared/finance/chartTheme'
import { ScalableChart } from './ScalableChart'

function Chart({ points, width, height, everyOther, label }: {
  points: NetWorthPoint[]; width: number; height: number; everyOther: boolean; label: string
}) {
  const locale = useLocale()
  const months = points.map((point) => point.month)
  return (
    <ScalableChart width={width} height={height} label={label} className={everyOther ? 'chart-narrow' : 'chart-wide'}>
      <Line
        width={width}
        height={height}
        role="presentation"
        data={[{ id: 'net', data: points.map((point) => ({ x: point.month, y: point.netWorthCents })) }]}
        margin={{ top: 16, right: 16, bottom: 36, left: everyOther ? 64 : 76 }}
        yScale={{ type: 'linear', min: 'auto', max: 'auto' }}
        curve="monotoneX"
        colors={['#0f766e']}
        lineWidth={3}
        enableArea
        areaOpacity={0.12}
        pointSize={everyOther ? 6 : 8}
        pointColor="#ffffff"
        pointBorderWidth={2}
        pointBorderColor={{ from: 'serieColor' }}
        axisBottom={{
          tickSize: 0,
          tickPadding: 10,
          tickValues: everyOther ? everyThirdMonth(months) : months,
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
    </ScalableChart>
  )
}

/** Net worth at the end of each month: a line drawn on the server, and the same figures as a table. */
export function NetWorthChart({ points }: { points: NetWorthPoint[] }) {
  const t = useT()
  const locale = useLocale()
  const label = `${t('dashboard.history.caption')} : ${points
    .map((point) => `${monthName(point.month, locale, 'long')} ${formatEur(point.netWorthCents, locale)}`)
    .join(', ')}`
  return (
    <figure className="chart" data-testid="net-worth-chart">
      <Chart points={points} width={720} height={280} everyOther={false} label={label} />
      <Chart points={points} width={360} height={240} everyOther label={label} />
      <table className="visually-hidden">
        <caption>{t('dashboard.history.caption')}</caption>
        <thead><tr><th scope="col">{t('dashboard.history.month')}</th><th scope="col">{t('dashboard.netWorth')}</th></tr></thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.month}><th scope="row">{monthName(point.month, locale, 'long')}</th><td>{formatEur(point.netWorthCents, locale)}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
