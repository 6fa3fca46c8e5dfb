import { z } from './zod'

/*
 * The advisor's client list (cms `GET /api/back-office/clients` and the admin
 * view /admin/clients): search, filters, sort and page, read from query
 * parameters (strings). Money in integer cents. Messages are i18n keys.
 */

export const CLIENT_SORT_KEYS = ['name', 'netWorth', 'riskScore', 'status', 'createdAt'] as const
export type ClientSortKey = (typeof CLIENT_SORT_KEYS)[number]
export const CLIENT_SORTS = CLIENT_SORT_KEYS.flatMap((key) => [key, `-${key}`] as const)
export type ClientSort = (typeof CLIENT_SORTS)[number]

export const PROFILE_STATUSES = ['draft', 'submitted', 'validated'] as const
export type ProfileStatus = (typeof PROFILE_STATUSES)[number]

export const CLIENTS_PAGE_SIZE = 25
export const CLIENTS_MAX_PAGE_SIZE = 100

/** An empty parameter counts as absent (a form sends every input). */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional())

const wholeNumber = (message: string, min: number, max: number) =>
  z.coerce.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message })

const MAX_CENTS = 1_000_000_000_000_00

export const clientsQuerySchema = z
  .object({
    q: optional(z.string().trim().max(100, { error: 'errors.clients.search' })),
    advisor: optional(wholeNumber('errors.clients.advisor', 1, 2_147_483_647)),
    risk: optional(z.enum(['1', '2', '3', '4', '5', '6', '7', 'none'], { error: 'errors.clients.risk' })),
    status: optional(z.enum(PROFILE_STATUSES, { error: 'errors.clients.status' })),
    minNetWorthCents: optional(wholeNumber('errors.clients.netWorth', -MAX_CENTS, MAX_CENTS)),
    maxNetWorthCents: optional(wholeNumber('errors.clients.netWorth', -MAX_CENTS, MAX_CENTS)),
    sort: optional(z.enum(CLIENT_SORTS, { error: 'errors.clients.sort' })).transform((value) => value ?? 'name'),
    page: optional(wholeNumber('errors.clients.page', 1, 100_000)).transform((value) => value ?? 1),
    limit: optional(wholeNumber('errors.clients.limit', 1, CLIENTS_MAX_PAGE_SIZE)).transform((value) => value ?? CLIENTS_PAGE_SIZE),
  })
  .refine(
    (value) => value.minNetWorthCents === undefined || value.maxNetWorthCents === undefined || value.minNetWorthCents <= value.maxNetWorthCents,
    { path: ['maxNetWorthCents'], message: 'errors.clients.netWorthRange' },
  )

export type ClientsQuery = z.infer<typeof clientsQuerySchema>

/** The query parameters as URLSearchParams gives them (last value wins). */
export const parseClientsQuery = (params: URLSearchParams) =>
  clientsQuerySchema.safeParse(Object.fromEntries(params.entries()))

/** One row of the list. */
export type ClientRow = {
  id: number
  name: string
  email: string
  advisor: { id: number; name: string } | null
  profileId: number | null
  status: ProfileStatus
  completionPct: number
  riskScore: number | null
  riskLabel: string | null
  netWorthCents: number
  createdAt: string
}

export type ClientsPage = { docs: ClientRow[]; totalDocs: number; page: number; limit: number; totalPages: number }
