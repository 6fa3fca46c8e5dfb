/**
 * Where a Paris calendar month starts and ends, as instants: the monthly
 * assistant quota counts from 00:00 on the 1st in Europe/Paris, whatever the
 * server's timezone. Pure: the instant is an argument.
 */

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const parisParts = (at: Date) => {
  const parts = Object.fromEntries(PARTS.formatToParts(at).map((p) => [p.type, p.value]))
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) }
}

/** 00:00 Paris on the 1st of (year, month 1–12): UTC+1 in winter, UTC+2 in summer (no change happens at that hour). */
const midnightOfFirst = (year: number, month: number): Date => {
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, 1) - offsetHours * 3_600_000)
    const p = parisParts(candidate)
    if (p.day === 1 && p.hour === 0 && p.minute === 0) return candidate
  }
  throw new Error(`no Paris midnight found for ${year}-${month}`)
}

/** The start of the Paris month of `at`: 2026-01-31T23:30Z (00:30 on 1 February in Paris) → 2026-01-31T23:00Z. */
export function startOfMonthParis(at: Date): Date {
  const { year, month } = parisParts(at)
  return midnightOfFirst(year, month)
}

/** The start of the next Paris month, i.e. when a monthly quota is renewed. */
export function startOfNextMonthParis(at: Date): Date {
  const { year, month } = parisParts(at)
  return month === 12 ? midnightOfFirst(year + 1, 1) : midnightOfFirst(year, month + 1)
}
