import { ASSET_CATEGORIES } from '@atlas/shared/patrimony/categories'
import type { Stack } from '../../lib/stack'

const PASSWORD = 'Bench-password-2026'

const post = async (url: string, body: unknown, token?: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
  return response.json() as Promise<any>
}

/**
 * Signs up an investor through the cms REST API, gives them `count` assets
 * (and a few loans), then signs in on web and returns the session cookie.
 */
export const seedBenchInvestor = async (stack: Stack, count: number) => {
  const api = `${stack.env.CMS_URL}/api`
  const email = `bench-${Date.now()}@bench.atlas`
  const created = await post(`${api}/users`, { email, password: PASSWORD, name: 'Investisseur Bench', acceptTerms: true })
  const { token } = await post(`${api}/users/login`, { email, password: PASSWORD })
  for (let i = 0; i < count; i++) {
    const isLoan = i % 10 === 9
    const category = isLoan ? 'consumer-loan' : ASSET_CATEGORIES[i % ASSET_CATEGORIES.length]
    const crypto = category === 'crypto' ? { cryptoSymbol: 'BTC', cryptoQuantity: 0.05 } : {}
    await post(
      `${api}/assets`,
      {
        kind: isLoan ? 'liability' : 'asset',
        category,
        ...crypto,
        label: `${isLoan ? 'Crédit' : 'Placement'} n° ${i + 1}`,
        valueCents: 100_000 + i * 1_234,
      },
      token,
    )
  }
  const login = await fetch(`${stack.webUrl}/connexion`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password: PASSWORD }).toString(),
  })
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('atlas_session='))?.split(';')[0]
  if (!cookie) throw new Error(`web login failed: ${login.status}`)
  return { userId: created.doc.id as number, cookie, token: token as string }
}
