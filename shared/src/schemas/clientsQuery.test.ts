import { describe, expect, it } from 'vitest'
import { fieldErrorsFrom } from './fieldErrors'
import { parseClientsQuery } from './clientsQuery'

const parse = (query: string) => parseClientsQuery(new URLSearchParams(query))

describe('clients list query', () => {
  it('fills the defaults and ignores empty inputs', () => {
    const result = parse('q=&status=&risk=')
    expect(result.success && result.data).toEqual({ sort: 'name', page: 1, limit: 25 })
  })

  it('reads filters, sort and page', () => {
    const result = parse('q=Martin&advisor=12&risk=4&status=submitted&minNetWorthCents=100&maxNetWorthCents=200&sort=-netWorth&page=3&limit=50')
    expect(result.success && result.data).toEqual({
      q: 'Martin', advisor: 12, risk: '4', status: 'submitted', minNetWorthCents: 100, maxNetWorthCents: 200, sort: '-netWorth', page: 3, limit: 50,
    })
  })

  it.each([
    ['sort=password', 'sort', 'errors.clients.sort'],
    ['page=0', 'page', 'errors.clients.page'],
    ['limit=1000', 'limit', 'errors.clients.limit'],
    ['risk=8', 'risk', 'errors.clients.risk'],
    ['status=won', 'status', 'errors.clients.status'],
    ['advisor=abc', 'advisor', 'errors.clients.advisor'],
    ['minNetWorthCents=1.5', 'minNetWorthCents', 'errors.clients.netWorth'],
    ['minNetWorthCents=500&maxNetWorthCents=100', 'maxNetWorthCents', 'errors.clients.netWorthRange'],
  ])('refuses %s at %s', (query, path, key) => {
    const result = parse(query)
    expect(result.success).toBe(false)
    if (!result.success) expect(fieldErrorsFrom(result.error)[path]).toBe(key)
  })
})
