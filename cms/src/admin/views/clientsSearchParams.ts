import { eurosToCents } from '@atlas/shared/finance/money'

/** The inputs of the clients view's filter form, as the admin page receives them. */
export type ViewSearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

const API_KEYS = ['q', 'advisor', 'risk', 'status', 'sort', 'page'] as const

/**
 * The form speaks euros (`minNetWorth`, `maxNetWorth`); the list query speaks
 * cents. Returns the query for the shared schema and the amounts that could
 * not be read as euros.
 */
export function clientsQueryFromForm(searchParams: ViewSearchParams) {
  const query = new URLSearchParams()
  for (const key of API_KEYS) {
    const value = first(searchParams[key]).trim()
    if (value !== '') query.set(key, value)
  }
  const invalidAmounts: string[] = []
  for (const [input, key] of [['minNetWorth', 'minNetWorthCents'], ['maxNetWorth', 'maxNetWorthCents']] as const) {
    const raw = first(searchParams[input]).trim()
    if (raw === '') continue
    const negative = raw.startsWith('-')
    const cents = eurosToCents(negative ? raw.slice(1) : raw)
    if (cents === null) invalidAmounts.push(input)
    else query.set(key, String(negative ? -cents : cents))
  }
  return { query, invalidAmounts }
}

/** The form's own values, to keep what was typed. */
export const formValue = (searchParams: ViewSearchParams, key: string) => first(searchParams[key])

/** The same page with some parameters changed (sort, page), as a link. */
export function hrefWith(searchParams: ViewSearchParams, changes: Record<string, string | null>) {
  const next = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams)) {
    const text = first(value)
    if (text !== '' && !(key in changes)) next.set(key, text)
  }
  for (const [key, value] of Object.entries(changes)) if (value !== null) next.set(key, value)
  const text = next.toString()
  return `/admin/clients${text ? `?${text}` : ''}`
}
