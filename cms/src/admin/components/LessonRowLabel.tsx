'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import { translate } from '@atlas/shared/i18n'
import { adminLocale } from '../format'

type LessonRow = { blockType?: string; title?: string }

/** A lesson's row in the course editor: its number, its kind and its title (Payload's default reads "Sans titre"). */
export function LessonRowLabel() {
  const { data, rowNumber } = useRowLabel<LessonRow>()
  const { i18n } = useTranslation()
  const locale = adminLocale(i18n.language)
  const kind = data?.blockType ? translate(locale, `training.lesson.kind.${data.blockType}`) : ''
  const title = data?.title?.trim() || translate(locale, 'admin.lesson.untitled')
  return (
    <span className="row-label" data-testid="lesson-row-label">
      {String((rowNumber ?? 0) + 1).padStart(2, '0')} · {kind ? `${kind} — ` : ''}{title}
    </span>
  )
}
