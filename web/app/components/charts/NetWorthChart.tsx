import { Line } from '@nivo/line'
import { formatEur } from '@atlas/shared/finance/money'
import type { NetWorthPoint } from '@atlas/shared/finance/netWorthHistory'
import type { Locale } from '@atlas/shared/i18n'
import { useLocale, useT } from '../../lib/translation'
import { CHART_THEME } from './chartTheme'
import { ScalableChart } from './ScalableChart'

/*
 * Axis labels are spelled here rather than by Intl's short months and
 * compact notation, whose output differs between the server's ICU and the
 * browser's (a hydration mismatch).
 */
const SHORT_MONTHS: Record<Locale, string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}

/** Built once: an Intl formatter costs far more to make than to use. */
const LONG_MONTHS: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
}

const monthName = (month: string, locale: Locale, style: 'short' | 'long') =>
  style === 'short'
    ? SHORT_MONTHS[locale][Number(month.slice(5, 7)) - 1] ?? month
    : LONG_MONTHS[locale].format(new Date(`${month}-15T12:00:00Z`))

/** 31 935 000 c → "319 k€" ; 123 456 789 c → "1,2 M€" (fr) / "€1.2M" (en). */
function compactEur(cents: number, locale: Locale): string {
  const euros = cents / 100
  const sign = euros < 0 ? '−' : ''
  const size = Math.abs(euros)
  const [amount, unit] = size >= 1e6 ? [(size / 1e6).toFixed(1), 'M'] : size >= 1e3 ? [String(Math.round(size / 1e3)), 'k'] : [String(Math.round(size)), '']
  return locale === 'fr' ? `${sign}${amount.replace('.', ',')} ${unit}€` : `${sign}€${amount}${unit}`
}

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
          tickValues: everyOther ? months.filter((_, index) => (months.length - 1 - index) % 3 === 0) : months,
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
