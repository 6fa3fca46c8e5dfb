import { Link } from 'react-router'
import { useT } from '../lib/translation'

/**
 * The portal header's bell: a link to the notifications page with the
 * unread count, rendered on the server (its box has a fixed size, so the
 * count appearing never moves the header).
 */
export function NotificationBell({ unread }: { unread: number | null }) {
  const t = useT()
  const count = unread ?? 0
  return (
    <Link
      to="/portail/notifications"
      className="notification-bell"
      data-testid="notification-bell"
      aria-label={count > 0 ? t('notifications.bell.unread', { count }) : t('notifications.bell')}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        <span className="notification-count" data-testid="notification-count">{count > 99 ? '99+' : count}</span>
      ) : null}
    </Link>
  )
}
