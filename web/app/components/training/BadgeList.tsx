import { BADGES, type Badge } from '@atlas/shared/training'
import { useT } from '../../lib/translation'

/** Every badge, earned ones first-class and the others shown as goals. */
export function BadgeList({ earned }: { earned: readonly Badge[] }) {
  const t = useT()
  return (
    <ul className="badge-list">
      {BADGES.map((badge) => {
        const has = earned.includes(badge)
        return (
          <li key={badge} className={has ? 'badge badge-earned' : 'badge'} data-testid={has ? 'badge-earned' : 'badge-locked'} data-badge={badge}>
            <span className="badge-mark" aria-hidden="true">{has ? '★' : '☆'}</span>
            <span className="badge-text">
              <strong>{t(`training.badge.${badge}`)}</strong>
              <span className="muted">{t(`training.badge.${badge}.desc`)}</span>
            </span>
            <span className={has ? 'pill pill-completed' : 'pill'}>{has ? t('training.badge.earned') : t('training.badge.locked')}</span>
          </li>
        )
      })}
    </ul>
  )
}
