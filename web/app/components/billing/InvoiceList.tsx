import { formatDateParis } from '@atlas/shared/finance/dates'
import { formatEur } from '@atlas/shared/finance/money'
import type { InvoiceRow } from '../../lib/billing.server'
import { useLocale, useT } from '../../lib/translation'

/** "Mon abonnement"'s invoices (and credit notes), newest first as the cms sends them, each with its PDF. */
export function InvoiceList({ invoices }: { invoices: InvoiceRow[] }) {
  const t = useT()
  const locale = useLocale()
  if (invoices.length === 0) return <p className="muted" data-testid="invoices-empty">{t('billing.invoices.empty')}</p>
  return (
    <div className="table-scroll">
      <table className="billing-invoices" data-testid="invoices">
        <thead>
          <tr>
            <th scope="col">{t('billing.invoices.number')}</th>
            <th scope="col">{t('billing.invoices.date')}</th>
            <th scope="col">{t('billing.invoices.kind')}</th>
            <th scope="col" className="numeric">{t('billing.invoices.total')}</th>
            <th scope="col"><span className="visually-hidden">{t('billing.invoices.download')}</span></th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id} data-testid="invoice-row" data-number={invoice.number}>
              <td>{invoice.number}</td>
              <td>{invoice.issuedAt ? formatDateParis(new Date(invoice.issuedAt), locale, 'short') : ''}</td>
              <td>{t(/credit/i.test(invoice.kind) ? 'billing.invoices.kind.creditNote' : 'billing.invoices.kind.invoice')}</td>
              <td className="numeric">{formatEur(invoice.totalInclVatCents, locale)}</td>
              <td>
                {/* A file, not a page: the browser downloads it (no client-side navigation). */}
                <a
                  href={`/portail/abonnement/factures/${encodeURIComponent(String(invoice.id))}/pdf`}
                  aria-label={t('billing.invoices.downloadLabel', { number: invoice.number })}
                  data-testid="invoice-pdf"
                >
                  {t('billing.invoices.download')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
