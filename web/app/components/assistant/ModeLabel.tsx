import type { AnswerMode } from '@atlas/shared/assistant'
import { useT } from '../../lib/translation'

/** Says how an answer was made: offline (rule-based, on the investor's figures) or by which AI model. */
export function ModeLabel({ mode, model }: { mode: AnswerMode | null | undefined; model?: string | null }) {
  const t = useT()
  if (mode === 'offline') {
    return (
      <span className="pill pill-offline" data-testid="offline-label" title={t('assistant.mode.offline.hint')}>
        {t('assistant.mode.offline')}
      </span>
    )
  }
  if (mode === 'openai') return <span className="pill pill-ai">{t('assistant.mode.openai', { model: model ?? '' })}</span>
  return null
}
