import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { rest } from '../../tests/support/rest'

describe('/api/payload-preferences/:key', () => {
  let investor: Account
  beforeAll(async () => {
    investor = await createAccount('investor')
  })

  it('answers 404, not 500, for a key the caller has no preference for', async () => {
    const { status } = await rest('DELETE', '/payload-preferences/jamais-enregistree', { token: investor.token })
    expect(status).toBe(404)
  })

  it("still deletes the caller's own preference", async () => {
    await rest('POST', '/payload-preferences/colonnes', { token: investor.token, body: { value: { columns: ['label'] } } })
    expect((await rest('DELETE', '/payload-preferences/colonnes', { token: investor.token })).status).toBe(200)
    expect((await rest('GET', '/payload-preferences/colonnes', { token: investor.token })).body?.value ?? null).toBeNull()
  })

  it('answers 400, not 500, to a key holding a NUL byte, on every by-key route', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const { status } = await rest(method, '/payload-preferences/a%00b', { token: investor.token, body: method === 'POST' ? { value: 1 } : undefined })
      expect(status, method).toBe(400)
    }
  })

  it('refuses an anonymous caller', async () => {
    expect((await rest('DELETE', '/payload-preferences/colonnes')).status).toBe(401)
  })
})
