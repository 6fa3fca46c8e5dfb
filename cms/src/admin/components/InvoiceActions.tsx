'use client'
import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { translate } from '@atlas/shared/i18n'
import { adminLocale } from '../format'

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; number: string } | { kind: 'error'; message: string }

/**
 * The invoice's actions in its edit view (docs/decisions/035-invoices.md):
 * a draft → "Émettre la facture" (POST /api/invoices/:id/issue); an issued
 * document → "Télécharger le PDF" (GET /api/invoices/:id/pdf) and, on an
 * invoice, "Émettre un avoir" — total, or the quantities typed per line
 * (POST /api/invoices/:id/credit-note). The endpoints decide; this only asks.
 */
export function InvoiceActions() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const locale = adminLocale(i18n.language)
  const t = (key: string, params?: Record<string, string>) => translate(locale, key, params)
  const router = useRouter()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [quantities, setQuantities] = useState<Record<number, string>>({})
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const kind = useFormFields(([fields]) => fields.kind?.value as string | undefined)
  const lineCount = useFormFields(([fields]) => Number(fields.lines?.value ?? 0))
  const lineQuantities = useFormFields(([fields]) =>
    Array.from({ length: Number(fields.lines?.value ?? 0) }, (_, index) => Number(fields[`lines.${index}.quantity`]?.value ?? 1)).join(','),
  )

  if (!id) return <p className="field-description">{t('admin.invoice.saveFirst')}</p>

  const post = async (path: string, body?: unknown) => {
    setState({ kind: 'working' })
    const response = await fetch(`/api/invoices/${id}/${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Accept-Language': locale, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch(() => null)
    const answer = await response?.json().catch(() => null)
    if (response?.ok) {
      setState({ kind: 'done', number: answer?.doc?.number ?? '' })
      if (path === 'issue') router.refresh()
      else if (answer?.doc?.id) router.push(`/admin/collections/invoices/${answer.doc.id}`)
    } else setState({ kind: 'error', message: t('admin.invoice.failed', { message: answer?.errors?.[0]?.message ?? String(response?.status ?? '') }) })
  }

  const maxima = lineQuantities ? lineQuantities.split(',').map(Number) : []
  const partial = Object.entries(quantities)
    .filter(([, value]) => value.trim() !== '')
    .map(([line, value]) => ({ line: Number(line), quantity: Number(value) }))

  return (
    <div className="field-type" style={{ marginBottom: 24, display: 'grid', gap: 8 }} data-testid="invoice-actions">
      {status === 'draft' ? (
        <>
          <Button buttonStyle="primary" onClick={() => post('issue')} disabled={state.kind === 'working'} id="issue-invoice">
            {state.kind === 'working' ? t('admin.invoice.working') : t('admin.invoice.issue')}
          </Button>
          <p className="field-description">{t('admin.invoice.issueHelp')}</p>
        </>
      ) : null}
      {status === 'issued' ? (
        <>
          <a className="btn btn--style-secondary" href={`/api/invoices/${id}/pdf`} id="download-invoice-pdf">
            {t('admin.invoice.download')}
          </a>
          {kind === 'invoice' ? (
            <details>
              <summary>{t('admin.invoice.credit')}</summary>
              <Button buttonStyle="secondary" onClick={() => post('credit-note')} disabled={state.kind === 'working'} id="credit-invoice">
                {t('admin.invoice.creditAll')}
              </Button>
              {Array.from({ length: lineCount }, (_, index) => (
                <label key={index} style={{ display: 'block', marginTop: 6 }}>
                  {t('admin.invoice.creditQuantity', { line: String(index + 1), max: String(maxima[index] ?? 1) })}
                  <input
                    type="number"
                    min={0}
                    max={maxima[index] ?? 1}
                    value={quantities[index] ?? ''}
                    onChange={(event) => setQuantities({ ...quantities, [index]: event.target.value })}
                    style={{ width: 80, marginLeft: 6 }}
                  />
                </label>
              ))}
              <Button buttonStyle="secondary" onClick={() => post('credit-note', { lines: partial })} disabled={state.kind === 'working' || partial.length === 0}>
                {t('admin.invoice.creditLines')}
              </Button>
            </details>
          ) : null}
        </>
      ) : null}
      {state.kind === 'done' ? <p role="status">{t('admin.invoice.done', { number: state.number })}</p> : null}
      {state.kind === 'error' ? <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{state.message}</p> : null}
    </div>
  )
}
