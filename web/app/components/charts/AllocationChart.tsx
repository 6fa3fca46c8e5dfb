import { Pie } from '@nivo/pie'
import { formatEur } from '@atlas/shared/finance/money'
import { useLocale, useT } from '../../lib/translation'
import { CHART_THEME, SLICE_COLORS } from '@atlas/shared/finance/chartTheme'
import { ScalableChart } from './ScalableChart'

export type Slice = { key: string; label: string; valueCents: number; share: number }

const SIZE = 280

/** A pie of how the assets are spread, with its legend as a list that also carries the figures. */
export function AllocationChart({ slices, title }: { slices: Slice[]; title: string }) {
  const t = useT()
  const locale = useLocale()
  const percent = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 })
  const label = `${title} : ${slices.map((slice) => `${slice.label} ${percent.format(slice.share)}`).join(', ')}`
  return (
    <figure className="chart allocation" data-testid="allocation-chart">
      <ScalableChart width={SIZE} height={SIZE} label={label} className="chart-pie">
        <Pie
          width={SIZE}
          height={SIZE}
          role="presentation"
          data={slices.map((slice, index) => ({ id: slice.key, label: slice.label, value: slice.valueCents, color: SLICE_COLORS[index % SLICE_COLORS.length] }))}
          colors={{ datum: 'data.color' }}
          margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
          innerRadius={0.55}
          padAngle={1}
          cornerRadius={2}
          enableArcLinkLabels={false}
          enableArcLabels={false}
          theme={CHART_THEME}
          isInteractive={false}
          animate={false}
          renderWrapper={false}
        />
      </ScalableChart>
      <figcaption>
        <table className="allocation-legend">
          <caption className="visually-hidden">{title}</caption>
          <thead className="visually-hidden">
            <tr><th scope="col">{t('dashboard.allocation.group')}</th><th scope="col">{t('dashboard.allocation.value')}</th><th scope="col">{t('dashboard.allocation.share')}</th></tr>
          </thead>
          <tbody>
            {slices.map((slice, index) => (
              <tr key={slice.key} data-testid="allocation-row">
                <th scope="row">
                  <span className="swatch" aria-hidden="true" style={{ background: SLICE_COLORS[index % SLICE_COLORS.length] }} />
                  {slice.label}
                </th>
                <td>{formatEur(slice.valueCents, locale)}</td>
                <td>{percent.format(slice.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  )
}
