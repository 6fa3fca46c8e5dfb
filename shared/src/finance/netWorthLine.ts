import { translate, type Locale } from '../i18n'
import { compactEur, everyThirdMonth, monthName } from './chartLabels'
import { CHART_THEME } from './chartTheme'
import { formatEur } from './money'
import type { NetWorthPoint } from './netWorthHistory'

/**
 * The net worth line as the portal and the admin's client page both draw it:
 * the props of nivo's `<Line>`, as plain data (no React here), drawn on the
 * server (no animation, no interaction, no wrapper div inside the svg).
 * `compact` is the phone size; `thinMonths` labels every third month only.
 * A month without data is a gap (y null), never a 0 € point.
 */
export function netWorthLineProps(points: readonly NetWorthPoint[], locale: Locale, size: { width: number; height: number; compact: boolean; thinMonths: boolean }) {
  const months = points.map((point) => point.month)
  // A lone month (a new investor) has no line to carry a hollow point: draw it filled, so it shows.
  const lone = points.filter((point) => point.netWorthCents !== null).length === 1
  return {
    width: size.width,
    height: size.height,
    role: 'presentation' as const,
    data: [{ id: 'net', data: points.map((point) => ({ x: point.month, y: point.netWorthCents })) }],
    margin: { top: 16, right: 16, bottom: 36, left: size.compact ? 64 : 76 },
    yScale: { type: 'linear' as const, min: 'auto' as const, max: 'auto' as const },
    curve: 'monotoneX' as const,
    colors: ['#0f766e'],
    lineWidth: 3,
    enableArea: true,
    areaOpacity: 0.12,
    pointSize: lone ? 12 : size.compact ? 6 : 8,
    pointColor: lone ? '#0f766e' : '#ffffff',
    pointBorderWidth: 2,
    pointBorderColor: { from: 'serieColor' as const },
    axisBottom: {
      tickSize: 0,
      tickPadding: 10,
      tickValues: size.thinMonths ? everyThirdMonth(months) : months,
      format: (month: string) => monthName(month, locale, 'short'),
    },
    axisLeft: { tickSize: 0, tickPadding: 8, tickValues: 4, format: (cents: number) => compactEur(cents, locale) },
    gridYValues: 4,
    enableGridX: false,
    theme: CHART_THEME,
    isInteractive: false,
    animate: false,
    renderWrapper: false,
  }
}

/** A month's net worth as text, or "pas de données" before the first recorded value. */
export const netWorthText = (point: NetWorthPoint, locale: Locale) =>
  point.netWorthCents === null ? translate(locale, 'dashboard.history.noData') : formatEur(point.netWorthCents, locale)

/** What a screen reader hears for the chart: the caption, then every month and its figure. */
export const netWorthLineLabel = (points: readonly NetWorthPoint[], locale: Locale) =>
  `${translate(locale, 'dashboard.history.caption')} : ${points
    .map((point) => `${monthName(point.month, locale, 'long')} ${netWorthText(point, locale)}`)
    .join(', ')}`
