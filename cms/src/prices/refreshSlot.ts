/**
 * The daily refresh runs at 18:30 in Paris, after the Euronext close.
 * Payload's cron reads the server's clock in the server's timezone, so the
 * task is scheduled at minute 30 of every hour and only queued when that
 * hour is 18 in Paris — summer or winter time alike.
 */
export const REFRESH_HOUR_PARIS = 18

const PARIS_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' })

export function isRefreshHour(now: Date): boolean {
  return Number(PARIS_HOUR.format(now)) === REFRESH_HOUR_PARIS
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The Paris calendar day of an instant, 'YYYY-MM-DD'. */
export const parisDay = (instant: string | Date): string => PARIS_DAY.format(new Date(instant))
