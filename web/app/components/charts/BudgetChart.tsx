import { Bar } from '@nivo/bar'
import { formatEur } from '@atlas/shared/finance/money'
import { useLocale } from '../../lib/translation'
import { CHART_THEME } from '@atlas/shared/finance/chartTheme'
import { ScalableChart } from './ScalableChart'

export type BudgetBar = { key: string; label: string; cents: number; color: string }

function Chart({ bars, width, height, labelWidth, className }: {
  bars: BudgetBar[]; width: number; height: number; labelWidth: number; className: string
}) {
  const locale = useLocale()
  return (
    <ScalableChart width={width} height={height} className={className}>
      <Bar
        width={width}
        height={height}
        role="presentation"
        // nivo lays horizontal bars out bottom-up: reversed, the first figure is on top.
        data={[...bars].reverse().map((bar) => ({ label: bar.label, euros: bar.cents / 100, color: bar.color }))}
        keys={['euros']}
        indexBy="label"
        layout="horizontal"
        margin={{ top: 4, right: 8, bottom: 4, left: labelWidth }}
        padding={0.3}
        colors={({ data }) => String(data.color)}
        enableGridY={false}
        axisBottom={null}
        axisLeft={{ tickSize: 0, tickPadding: 8 }}
        // A value that does not fit in its bar is left out: the figures above the chart carry it.
        labelSkipWidth={80}
        label={({ value }) => formatEur(Math.round((value ?? 0) * 100), locale)}
        labelTextColor="#ffffff"
        theme={CHART_THEME}
        isInteractive={false}
        animate={false}
        renderWrapper={false}
      />
    </ScalableChart>
  )
}

/**
 * Monthly income, expenses and savings as horizontal bars, drawn on the
 * server at two fixed sizes (wide and phone) that scale to their container:
 * no measuring in the browser, so no layout shift. Decorative — the figures
 * next to it are the accessible part.
 */
export function BudgetChart({ bars }: { bars: BudgetBar[] }) {
  return (
    <div className="budget-chart" aria-hidden="true" data-testid="budget-chart">
      <Chart bars={bars} width={440} height={132} labelWidth={136} className="chart-wide" />
      <Chart bars={bars} width={320} height={132} labelWidth={128} className="chart-narrow" />
    </div>
  )
}
