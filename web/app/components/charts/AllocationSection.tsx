import { Link } from 'react-router'
import { ALLOCATION_VIEWS, type AllocationSliceView, type AllocationView } from '../../lib/allocationView'
import { useLocale, useT } from '../../lib/translation'
import { AllocationChart } from './AllocationChart'

const VIEW_LABEL: Record<AllocationView, string> = {
  categorie: 'dashboard.allocation.byCategory',
  disponibilite: 'dashboard.allocation.byLiquidity',
  risque: 'dashboard.allocation.byRisk',
}

/** The allocation card: three views as links (server-rendered, no script needed) and the pie of the one chosen. */
export function AllocationSection({ view, slices }: { view: AllocationView; slices: AllocationSliceView[] }) {
  const t = useT()
  const locale = useLocale()
  return (
    <section className="card" aria-labelledby="allocation-title">
      <h2 id="allocation-title">{t('dashboard.allocation.title')}</h2>
      <nav className="segmented" aria-label={t('dashboard.allocation.title')}>
        {(Object.keys(ALLOCATION_VIEWS) as AllocationView[]).map((key) => (
          <Link
            key={key}
            to={`?repartition=${key}`}
            preventScrollReset
            aria-current={key === view ? 'true' : undefined}
            data-testid={`allocation-${key}`}
          >
            {t(VIEW_LABEL[key])}
          </Link>
        ))}
      </nav>
      {slices.length ? (
        <AllocationChart
          title={`${t('dashboard.allocation.title')} — ${t(VIEW_LABEL[view])}`}
          slices={slices.map((slice) => ({ key: slice.key, label: slice.labels[locale], valueCents: slice.valueCents, share: slice.share }))}
        />
      ) : null}
    </section>
  )
}
