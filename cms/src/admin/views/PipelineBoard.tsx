'use client'
import { useEffect, useRef, useState } from 'react'
import { translate, type Locale } from '@atlas/shared/i18n'
import { euros, parisDate } from '../format'
import { moveCard, type PipelineColumn } from './pipelineMove'
import './pipeline.css'

export type { PipelineCard, PipelineColumn } from './pipelineMove'

const DRAG_TYPE = 'application/x-atlas-prospect'

/**
 * The columns and cards. A card moves by drag and drop onto another column
 * or, from the keyboard, with its stage select. The move shows at once
 * (counts and estimated assets included), then PATCHes /api/prospects/:id
 * with the viewer's own admin session (access rules apply); a refusal puts
 * the card back and says why. No reload after an accepted move: the board
 * already shows what the server stored, and a late reload of an earlier
 * move would briefly undo a later one.
 */
export function PipelineBoard({ columns: initial, locale, scope }: { columns: PipelineColumn[]; locale: Locale; scope: 'admin' | 'advisor' }) {
  const [columns, setColumns] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const [announce, setAnnounce] = useState('')
  const [moving, setMoving] = useState<number | null>(null)
  const [dropTarget, setDropTarget] = useState<string | null>(null)
  const dragged = useRef<number | null>(null)
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params)

  // A new server render (navigation) replaces the local board.
  useEffect(() => setColumns(initial), [initial])

  const move = async (id: number, stage: string) => {
    const before = columns
    const after = moveCard(before, id, stage)
    if (after === before) return
    const name = before.flatMap((column) => column.cards).find((card) => card.id === id)?.name ?? ''
    setColumns(after)
    setMoving(id)
    setError(null)
    const response = await fetch(`/api/prospects/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
      body: JSON.stringify({ stage }),
    }).catch(() => null)
    if (response?.ok) {
      setAnnounce(t('admin.pipeline.moved', { name, stage: t(`admin.stage.${stage}`) }))
    } else {
      const body = await response?.json().catch(() => null)
      setColumns(before)
      setError(t('admin.pipeline.moveFailed', { message: body?.errors?.[0]?.message ?? String(response?.status ?? '') }))
    }
    setMoving(null)
  }

  return (
    <>
      <p>
        {t(`admin.pipeline.lead.${scope}`)} {t('admin.pipeline.dragHint')} <a href="/admin/collections/prospects">{t('admin.pipeline.list')}</a>
      </p>
      {error ? <p role="alert" className="pipeline-error">{error}</p> : null}
      <p role="status" className="pipeline-announce" data-testid="pipeline-status">{announce}</p>
      <div className="pipeline" data-testid="pipeline">
        {columns.map((column) => (
          <section
            key={column.stage}
            className={`pipeline-column${dropTarget === column.stage ? ' pipeline-column-target' : ''}`}
            data-stage={column.stage}
            aria-labelledby={`stage-${column.stage}`}
            onDragOver={(event) => {
              if (!event.dataTransfer.types.includes(DRAG_TYPE)) return
              event.preventDefault()
              event.dataTransfer.dropEffect = 'move'
              setDropTarget(column.stage)
            }}
            onDragLeave={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropTarget(null)
            }}
            onDrop={(event) => {
              event.preventDefault()
              setDropTarget(null)
              const id = Number(event.dataTransfer.getData(DRAG_TYPE)) || dragged.current
              if (id) void move(id, column.stage)
            }}
          >
            <header className="pipeline-column-header">
              <h2 id={`stage-${column.stage}`}>{t(`admin.stage.${column.stage}`)}</h2>
              <p data-testid={`count-${column.stage}`}>{t('admin.pipeline.count', { count: column.count })}</p>
              <p data-testid={`assets-${column.stage}`}>{t('admin.pipeline.estimated', { amount: euros(locale, column.estimatedAssetsCents) })}</p>
            </header>
            {column.cards.length === 0 ? <p className="pipeline-empty">{t('admin.pipeline.empty')}</p> : null}
            <ul className="pipeline-cards">
              {column.cards.map((card) => (
                <li
                  key={card.id}
                  className={`pipeline-card${moving === card.id ? ' pipeline-card-moving' : ''}`}
                  data-testid={`card-${card.id}`}
                  draggable={moving !== card.id}
                  onDragStart={(event) => {
                    dragged.current = card.id
                    event.dataTransfer.setData(DRAG_TYPE, String(card.id))
                    event.dataTransfer.setData('text/plain', card.name)
                    event.dataTransfer.effectAllowed = 'move'
                  }}
                  onDragEnd={() => {
                    dragged.current = null
                    setDropTarget(null)
                  }}
                >
                  <a href={`/admin/collections/prospects/${card.id}`} className="pipeline-card-name" draggable={false}>{card.name}</a>
                  <p>{card.nextActionAt ? t('admin.pipeline.nextAction', { date: parisDate(locale, card.nextActionAt) }) : t('admin.pipeline.noNextAction')}</p>
                  {card.estimatedAssetsCents ? <p>{t('admin.pipeline.estimated', { amount: euros(locale, card.estimatedAssetsCents) })}</p> : null}
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
