import type { Payload, PayloadRequest } from 'payload'
import type { Locale } from '@atlas/shared/i18n'
import {
  effectivePreferences,
  isMandatoryNotificationEvent,
  notificationLink,
  type AnyNotificationEvent,
  type ChannelChoice,
  type StoredPreferences,
} from '@atlas/shared/notifications'
import type { Email, Notification, User } from '@atlas/shared/payload-types'
import { queueEmail } from '../email/queueEmail'
import { localeOf, notificationMail, type MailContent } from '../email/templates'

/** Text in the recipient's language: a string as is, or a function of the language. */
export type Localized = string | ((locale: Locale) => string)

export type Recipient = Pick<User, 'id' | 'email' | 'name' | 'locale'> & { notificationPreferences?: unknown }

export type NotifyArgs = {
  /** The recipient: a user id, or the user document (with email, name, locale, notificationPreferences). */
  user: number | Recipient
  event: AnyNotificationEvent
  title: Localized
  body?: Localized
  /** A web portal path (`/portail/...`) or an absolute http(s) address. */
  link?: string | null
  /** A dedicated mail for this event; by default the notification's title, body and link as a mail. */
  email?: (locale: Locale) => MailContent
  /** Same key twice → nothing new (e.g. one review reminder per due date, one announcement per course and person). */
  dedupeKey?: string
  /** The triggering request: notification and mail commit or roll back with it. */
  req?: PayloadRequest
  /** At most these channels, whatever the preferences (e.g. in-app only for what the person just asked for themself). */
  only?: Partial<ChannelChoice>
}

export type NotifyResult = { notification: Notification | null; email: Email | null }

const textOf = (value: Localized | undefined, locale: Locale) => (typeof value === 'function' ? value(locale) : (value ?? ''))

const hasEverything = (user: NotifyArgs['user']): user is Recipient =>
  typeof user === 'object' && 'email' in user && 'notificationPreferences' in user

/**
 * Tells one person about one event, as they chose (users.notificationPreferences,
 * defaults in shared/src/notifications/events.ts): an in-app notification,
 * a queued mail, both, or nothing. The only way notifications are created.
 */
export const notify = async (payload: Payload, args: NotifyArgs): Promise<NotifyResult> => {
  const { req } = args
  const recipient: Recipient | null = hasEverything(args.user)
    ? args.user
    : ((await payload.findByID({
        collection: 'users',
        id: typeof args.user === 'number' ? args.user : (args.user as Recipient).id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        select: { email: true, name: true, locale: true, notificationPreferences: true },
        req,
      })) as Recipient | null)
  if (!recipient) return { notification: null, email: null }

  // Staff events (work waiting for an advisor) and account matters (a failed payment) have no preferences: both channels.
  const preferred = isMandatoryNotificationEvent(args.event)
    ? { inApp: true, email: true }
    : effectivePreferences(recipient.notificationPreferences as StoredPreferences)[args.event]
  const choice = { inApp: preferred.inApp && args.only?.inApp !== false, email: preferred.email && args.only?.email !== false }
  const locale = localeOf(recipient)
  const title = textOf(args.title, locale).slice(0, 200)
  const body = textOf(args.body, locale)
  const link = notificationLink(args.link)

  let notification: Notification | null = null
  if (choice.inApp) {
    const existing = args.dedupeKey
      ? ((
          await payload.find({
            collection: 'notifications',
            where: { dedupeKey: { equals: args.dedupeKey } },
            limit: 1,
            depth: 0,
            overrideAccess: true,
            req,
          })
        ).docs[0] as Notification | undefined)
      : undefined
    notification =
      existing ??
      ((await payload.create({
        collection: 'notifications',
        overrideAccess: true,
        depth: 0,
        req,
        data: { recipient: recipient.id, event: args.event, title, body, link, read: false, dedupeKey: args.dedupeKey },
      })) as Notification)
  }

  let email: Email | null = null
  if (choice.email && recipient.email) {
    const content = args.email ? args.email(locale) : notificationMail(locale, { name: recipient.name, title, body, link })
    email = await queueEmail(
      payload,
      { ...content, to: recipient.email, dedupeKey: args.dedupeKey ? `${args.dedupeKey}:email` : undefined },
      req,
    )
  }
  return { notification, email }
}
