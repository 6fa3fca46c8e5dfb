/** Mails have their own queue, run often; everything else (scheduled publishing, announcements, reminders) runs on `default`. */
export const EMAIL_QUEUE = 'email'
export const DEFAULT_QUEUE = 'default'
