import { Link } from 'react-router'
import { assistantMessagesLeft, type EntitlementsAnswer } from '@atlas/shared/billing/entitlements'
import { useT } from '../../lib/translation'

/** This month's questions left (or that the allowance is used up, with the upgrade link), as the cms counts them. */
export function AssistantAllowance({ answer, renewsOn }: { answer: EntitlementsAnswer | null; renewsOn: string }) {
  const t = useT()
  if (!answer) return null
  const limit = answer.entitlements.assistantMessagesPerMonth
  const left = assistantMessagesLeft(answer.entitlements)
  if (limit === null || left === null) return <p className="muted" data-testid="assistant-allowance">{t('entitlements.assistant.unlimited')}</p>
  if (left > 0) {
    return (
      <p className="muted" data-testid="assistant-allowance">
        {t('entitlements.assistant.left', { left, limit })} <Link to={answer.upgradeUrl}>{t('entitlements.upgrade')}</Link>
      </p>
    )
  }
  return (
    <div className="card locked-notice" data-testid="assistant-allowance-reached">
      <p>{t('entitlements.assistant.reached', { limit, date: renewsOn })}</p>
      <p className="actions">
        <Link to={answer.upgradeUrl} className="button button-primary" data-testid="upgrade-link">{t('entitlements.upgrade')}</Link>
      </p>
    </div>
  )
}
