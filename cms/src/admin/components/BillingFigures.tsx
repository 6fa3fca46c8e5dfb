import type { ServerProps } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { roleOf } from '../../access/roleOf'
import { billingFigures } from '../../billing/billingFigures'
import { adminLocale, euros } from '../format'
import '../views/pipeline.css'

/** On the admin dashboard, for admins: MRR, subscribers, churn and failed payments (billing/billingFigures.ts, SQL). */
export async function BillingFigures({ payload, user, i18n }: ServerProps) {
  if (roleOf(user) !== 'admin' || !payload) return null
  const locale = adminLocale(i18n?.language)
  const t = (key: string) => translate(locale, key)
  const f = await billingFigures(payload)
  const tiles = [
    { id: 'mrr', label: t('admin.billing.mrr'), value: euros(locale, f.mrrCents), hint: t('admin.billing.mrrHint') },
    { id: 'subscribers', label: t('admin.billing.active'), value: String(f.activeSubscribers) },
    { id: 'churned', label: t('admin.billing.churned'), value: String(f.churnedThisMonth) },
    { id: 'failed', label: t('admin.billing.failed'), value: String(f.failedPayments) },
  ]
  return (
    <section aria-labelledby="billing-figures-title" data-testid="billing-figures">
      <h2 id="billing-figures-title">
        <a href="/admin/collections/subscriptions">{t('admin.billing.title')}</a>
      </h2>
      <div className="figures">
        {tiles.map((tile) => (
          <div key={tile.id} className="figure" data-testid={`billing-${tile.id}`}>
            <h3>{tile.label}</h3>
            <strong>{tile.value}</strong>
            {tile.hint ? <small>{tile.hint}</small> : null}
          </div>
        ))}
      </div>
    </section>
  )
}
