/**
 * What Atlas tells people about, and through which channels. The cms
 * (notify, preference fields) and web (preferences page) read this one list.
 */
export const NOTIFICATION_EVENTS = [
  'profileValidated',
  'coursePublished',
  'reviewDue',
  'assistantAnswerReady',
  'advisorMessage',
  'documentReady',
] as const
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number]

/**
 * What staff are told about: work waiting for them. No preference page for
 * staff: always in the admin's notifications and by e-mail.
 */
export const STAFF_NOTIFICATION_EVENTS = ['questionnaireSubmitted', 'documentSigned'] as const
export type StaffNotificationEvent = (typeof STAFF_NOTIFICATION_EVENTS)[number]

/**
 * What an investor must know about their account whatever their preferences
 * (a failed payment: access is at stake; the receipt of their electronic
 * signature, decision 042). Always in the portal and by e-mail.
 */
export const ACCOUNT_NOTIFICATION_EVENTS = ['paymentFailed', 'documentSignatureConfirmed'] as const
export type AccountNotificationEvent = (typeof ACCOUNT_NOTIFICATION_EVENTS)[number]

/** Every event a notification row may carry (investors' and staff's). */
export const ALL_NOTIFICATION_EVENTS = [...NOTIFICATION_EVENTS, ...STAFF_NOTIFICATION_EVENTS, ...ACCOUNT_NOTIFICATION_EVENTS] as const
export type AnyNotificationEvent = NotificationEvent | StaffNotificationEvent | AccountNotificationEvent

/** Events sent on both channels, without a preference: staff work and account matters. */
export const isMandatoryNotificationEvent = (value: unknown): value is StaffNotificationEvent | AccountNotificationEvent =>
  isStaffNotificationEvent(value) ||
  (typeof value === 'string' && (ACCOUNT_NOTIFICATION_EVENTS as readonly string[]).includes(value))

export const isStaffNotificationEvent = (value: unknown): value is StaffNotificationEvent =>
  typeof value === 'string' && (STAFF_NOTIFICATION_EVENTS as readonly string[]).includes(value)

export const NOTIFICATION_CHANNELS = ['inApp', 'email'] as const
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number]

export type ChannelChoice = Record<NotificationChannel, boolean>
export type NotificationPreferences = Record<NotificationEvent, ChannelChoice>

/**
 * Defaults: everything in the portal; by e-mail only what needs the
 * investor's action or comes from their advisor.
 */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  profileValidated: { inApp: true, email: true },
  coursePublished: { inApp: true, email: false },
  reviewDue: { inApp: true, email: true },
  assistantAnswerReady: { inApp: true, email: false },
  advisorMessage: { inApp: true, email: true },
  // A document the advisor prepared (or one to sign): in the portal and by e-mail (docs/decisions/038).
  documentReady: { inApp: true, email: true },
}

export const isNotificationEvent = (value: unknown): value is NotificationEvent =>
  typeof value === 'string' && (NOTIFICATION_EVENTS as readonly string[]).includes(value)

type StoredChoice = { inApp?: boolean | null; email?: boolean | null } | null | undefined
export type StoredPreferences = Partial<Record<NotificationEvent, StoredChoice>> | null | undefined

/** The stored choices with the default standing in for every unset one (accounts older than the preferences). */
export const effectivePreferences = (stored: StoredPreferences): NotificationPreferences =>
  Object.fromEntries(
    NOTIFICATION_EVENTS.map((event) => {
      const choice = stored?.[event]
      const fallback = DEFAULT_NOTIFICATION_PREFERENCES[event]
      return [
        event,
        {
          inApp: typeof choice?.inApp === 'boolean' ? choice.inApp : fallback.inApp,
          email: typeof choice?.email === 'boolean' ? choice.email : fallback.email,
        },
      ]
    }),
  ) as NotificationPreferences

/**
 * The preferences a form posts: a checkbox named `<event>.<channel>` is
 * present when ticked. Every event × channel is set, so an unticked box
 * means "off", not "unchanged".
 */
export const preferencesFromForm = (ticked: Iterable<string>): NotificationPreferences => {
  const names = new Set(ticked)
  return Object.fromEntries(
    NOTIFICATION_EVENTS.map((event) => [
      event,
      Object.fromEntries(NOTIFICATION_CHANNELS.map((channel) => [channel, names.has(`${event}.${channel}`)])),
    ]),
  ) as NotificationPreferences
}
