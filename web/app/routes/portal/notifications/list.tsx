import { data, Form, Link, redirect } from 'react-router'
import { formatDateParis } from '@atlas/shared/finance/dates'
import { notificationLink } from '@atlas/shared/notifications'
import type { Route } from './+types/list'
import { FormAlert } from '../../../components/FormAlert'
import { getLocale } from '../../../lib/i18n.server'
import { findNotification, listNotifications, markAllRead, markRead } from '../../../lib/notifications.server'
import { pageMeta } from '../../../lib/pageMeta'
import { requireUser } from '../../../lib/session.server'
import { useLocale, useT } from '../../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'notifications.title')

const pageOf = (url: URL) => {
  const page = Number(url.searchParams.get('page'))
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1
}

export async function loader({ request }: Route.LoaderArgs) {
  const { token, headers } = await requireUser(request)
  const url = new URL(request.url)
  const result = await listNotifications(token, pageOf(url))
  if (!result.ok) {
    if (result.status === 401) throw redirect('/connexion?redirectTo=%2Fportail%2Fnotifications')
    throw data({ reason: 'cms-unavailable' }, { status: 503 })
  }
  return data({ ...result.data, allRead: url.searchParams.get('lu') === '1' }, { headers })
}

/**
 * Forms, so it works without JavaScript: `read` (one), `open` (mark read,
 * then follow its portal link), `readAll`. Each answers with a redirect
 * back to the list (the bell's count is fresh on the next page).
 */
export async function action({ request }: Route.ActionArgs) {
  const { token, headers } = await requireUser(request)
  const locale = await getLocale(request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const back = `/portail/notifications${pageOf(new URL(request.url)) > 1 ? `?page=${pageOf(new URL(request.url))}` : ''}`
  if (intent === 'readAll') {
    const done = await markAllRead(token, locale)
    if (!done.ok) return data({ formError: 'errors.service.unavailable' }, { status: 503 })
    throw redirect('/portail/notifications?lu=1', { headers })
  }
  const id = String(form.get('id') ?? '')
  if ((intent === 'read' || intent === 'open') && /^\d+$/.test(id)) {
    const done = await markRead(token, id, locale)
    if (!done.ok) {
      return data({ formError: done.kind === 'unavailable' ? 'errors.service.unavailable' : 'notifications.notFound' }, { status: done.kind === 'unavailable' ? 503 : 404 })
    }
    if (intent === 'open') {
      const found = await findNotification(token, id)
      const link = found.ok ? notificationLink(found.data.link) : null
      // Only portal paths are followed from here; other addresses are plain links on the page.
      if (link?.startsWith('/')) throw redirect(link, { headers })
    }
    throw redirect(back, { headers })
  }
  return data({ formError: 'notifications.notFound' }, { status: 400 })
}

/** `/portail/notifications`: newest first, unread ones marked, 20 a page. */
export default function Notifications({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { docs, page, totalPages, allRead } = loaderData
  const unread = docs.filter((n) => !n.read).length
  return (
    <div className="notifications-page">
      <header className="notifications-toolbar">
        <div>
          <h1>{t('notifications.title')}</h1>
          <p className="muted">{t('notifications.lead')}</p>
        </div>
        <Link to="/portail/notifications/preferences" data-testid="preferences-link">{t('notifications.preferencesLink')}</Link>
      </header>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      {allRead ? <FormAlert tone="success" testId="all-read">{t('notifications.markedAllRead')}</FormAlert> : null}
      {unread > 0 ? (
        <Form method="post" className="notifications-toolbar">
          <span data-testid="unread-on-page">{t('notifications.unreadCount', { count: unread })}</span>
          <button type="submit" name="intent" value="readAll" className="button button-secondary button-small" data-testid="mark-all-read">
            {t('notifications.markAllRead')}
          </button>
        </Form>
      ) : null}
      {docs.length === 0 ? (
        <p className="card" data-testid="notifications-empty">{t('notifications.empty')}</p>
      ) : (
        <ul className="notification-list" data-testid="notification-list">
          {docs.map((n) => {
            const link = notificationLink(n.link)
            return (
              <li key={n.id} className={`card notification-item${n.read ? '' : ' is-unread'}`} data-testid="notification" data-event={n.event} data-read={n.read ? 'true' : 'false'}>
                <div className="notification-meta">
                  {n.read ? null : <strong className="pill pill-submitted">{t('notifications.unread')}</strong>}
                  <time dateTime={n.createdAt}>{t('notifications.receivedAt', { date: formatDateParis(new Date(n.createdAt), locale) })}</time>
                </div>
                <h2>{n.title}</h2>
                {n.body ? <p>{n.body}</p> : null}
                <Form method="post" className="notification-actions">
                  <input type="hidden" name="id" value={String(n.id)} />
                  {link?.startsWith('/') ? (
                    <button type="submit" name="intent" value="open" className="button button-primary button-small">{t('notifications.open')}</button>
                  ) : link ? (
                    <a href={link} className="button button-primary button-small" rel="noopener noreferrer">{t('notifications.open')}</a>
                  ) : null}
                  {n.read ? null : (
                    <button type="submit" name="intent" value="read" className="button button-secondary button-small" data-testid="mark-read">
                      {t('notifications.markRead')}
                    </button>
                  )}
                </Form>
              </li>
            )
          })}
        </ul>
      )}
      {totalPages > 1 ? (
        <nav className="notification-pages" aria-label={t('notifications.page', { page, pages: totalPages })}>
          {page > 1 ? <Link to={`?page=${page - 1}`}>{t('notifications.previous')}</Link> : null}
          <span>{t('notifications.page', { page, pages: totalPages })}</span>
          {page < totalPages ? <Link to={`?page=${page + 1}`}>{t('notifications.next')}</Link> : null}
        </nav>
      ) : null}
    </div>
  )
}
