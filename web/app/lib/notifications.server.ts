import type { NotificationEvent, NotificationPreferences } from '@atlas/shared/notifications'
import type { Locale } from '@atlas/shared/i18n'
import { cmsFetch } from './cms.server'

/*
 * The signed-in person's notifications and notification preferences,
 * through the cms REST API with their own token (docs/api.md).
 */

export type NotificationItem = {
  id: number | string
  event: NotificationEvent
  title: string
  body?: string | null
  link?: string | null
  read?: boolean | null
  createdAt: string
}

export type NotificationPage = { docs: NotificationItem[]; page: number; totalPages: number; totalDocs: number }

export const NOTIFICATIONS_PER_PAGE = 20

/** How many are unread; null when the cms cannot say (the bell then shows no figure rather than a wrong one). */
export async function unreadCount(token: string): Promise<number | null> {
  const result = await cmsFetch<{ totalDocs: number }>('/api/notifications/count?where[read][equals]=false', { token, timeoutMs: 3_000 })
  return result.ok ? result.data.totalDocs : null
}

export async function listNotifications(token: string, page: number) {
  return cmsFetch<NotificationPage>(
    `/api/notifications?sort=-createdAt&depth=0&limit=${NOTIFICATIONS_PER_PAGE}&page=${page}` +
      '&select[event]=true&select[title]=true&select[body]=true&select[link]=true&select[read]=true&select[createdAt]=true',
    { token },
  )
}

export async function findNotification(token: string, id: string) {
  return cmsFetch<NotificationItem>(`/api/notifications/${encodeURIComponent(id)}?depth=0`, { token })
}

export async function markRead(token: string, id: string, locale: Locale) {
  return cmsFetch(`/api/notifications/${encodeURIComponent(id)}`, { token, method: 'PATCH', body: { read: true }, locale })
}

export async function markAllRead(token: string, locale: Locale) {
  return cmsFetch<{ updated: number }>('/api/notifications/mark-all-read', { token, method: 'POST', locale })
}

export async function savePreferences(token: string, userId: string | number, preferences: NotificationPreferences, locale: Locale) {
  return cmsFetch(`/api/users/${encodeURIComponent(String(userId))}`, {
    token,
    method: 'PATCH',
    body: { notificationPreferences: preferences },
    locale,
  })
}
