'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { translate, type Locale } from '@atlas/shared/i18n'
import { euros, parisDate } from '../format'
import './pipeline.css'

export type PipelineCard = { id: number; name: string; email: string; nextActionAt: string | null; owner: string | null }
export type PipelineColumn = { stage: string; count: number; estimatedAssetsCents: number; cards: PipelineCard[] }

/**
 * The columns and cards. Changing a card's stage PATCHes
 * /api/prospects/:id with the viewer's own admin session (access rules
 * apply), then reloads the server figures.
 */
export function PipelineBoard({ columns, locale, scope }: { columns: PipelineColumn[]; locale: Locale; scope: 'admin' | 'advisor' }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [moving, setMoving] = useState<number | null>(null)
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params)

  const move = async (id: number, stage: string) => {
    setMoving(id)
    setError(null)
    const response = await fetch(`/api/prospects/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
      body: JSON.stringify({ stage }),
    }).catch(() => null)
    if (!response?.ok) {
      const body = await response?.json().catch(() => null)
      setError(t('admin.pipeline.moveFailed', { message: body?.errors?.[0]?.message ?? String(response?.status ?? '') }))
    }
    setMoving(null)
    router.refresh()
  }

  return (
    <>
      <p>
        {t(`admin.pipeline.lead.${scope}`)} <a href="/admin/collections/prospects">{t('admin.pipeline.list')}</a>
      </p>
      {error ? <p role="alert" className="pipeline-error">{error}</p> : null}
      <div className="pipeline" data-testid="pipeline">
        {columns.map((column) => (
          <section key={column.stage} className="pipeline-column" data-stage={column.stage} aria-labelledby={`stage-${column.stage}`}>
            <header className="pipeline-column-header">
              <h2 id={`stage-${column.stage}`}>{t(`admin.stage.${column.stage}`)}</h2>
              <p data-testid={`count-${column.stage}`}>{t('admin.pipeline.count', { count: column.count })}</p>
              <p data-testid={`assets-${column.stage}`}>{t('admin.pipeline.estimated', { amount: euros(locale, column.estimatedAssetsCents) })}</p>
            </header>
            {column.cards.length === 0 ? <p className="pipeline-empty">{t('admin.pipeline.empty')}</p> : null}
            <ul className="pipeline-cards">
              {column.cards.map((card) => (
                <li key={card.id} className="pipeline-card" data-testid={`card-${card.id}`}>
                  <a href={`/admin/collections/prospects/${card.id}`} className="pipeline-card-name">{card.name}</a>
                  <p>{card.nextActionAt ? t('admin.pipeline.nextAction', { date: parisDate(locale, card.nextActionAt) }) : t('admin.pipeline.noNextAction')}</p>
                  {card.owner ? <p>{t('admin.pipeline.owner', { name: card.owner })}</p> : null}
                  <label>
                    <span>{t('admin.pipeline.moveTo')}</span>
                    <select
                      value={column.stage}
                      disabled={moving === card.id}
                      onChange={(event) => move(card.id, event.target.value)}
                      data-testid={`move-${card.id}`}
                    >
                      {columns.map((c) => (
                        <option key={c.stage} value={c.stage}>{t(`admin.stage.${c.stage}`)}</option>
                      ))}
                    </select>
                  </label>
                </li>
              ))}
            </ul>
            {column.count > column.cards.length ? (
              <p className="pipeline-empty">{t('admin.pipeline.more', { count: column.count - column.cards.length })}</p>
            ) : null}
          </section>
        ))}
      </div>
    </>
  )
}
