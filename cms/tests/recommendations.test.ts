import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { PRODUCTS, rationale } from './adequationFixtures'

/**
 * The advisor's recommendation over REST (decision 040): refusals at the
 * field in French, who reads a draft and who a final one, a final
 * recommendation never changing.
 */
const fieldErrors = (body: any): Record<string, string> =>
  Object.fromEntries((body?.errors?.[0]?.data?.errors ?? []).map((e: any) => [e.path, e.message]))

let advisor: Account
let otherAdvisor: Account
let investor: Account
let admin: Account
beforeAll(async () => {
  ;[advisor, otherAdvisor, admin] = await Promise.all([createAccount('advisor'), createAccount('advisor'), createAccount('admin')])
  investor = await createAccount('investor', { advisor: advisor.id })
})

const body = (over: Record<string, unknown> = {}) => ({
  investor: investor.id,
  title: 'Allocation retraite 2027',
  targetAllocation: [{ assetClass: 'euro-funds', pct: 60 }, { assetClass: 'funds-etf', pct: 40 }],
  products: PRODUCTS.slice(0, 2),
  rationale: rationale('Une poche sécurisée, une poche de croissance.'),
  ...over,
})
const stored = async (id: number) => (await testPayload()).findByID({ collection: 'recommendations', id, overrideAccess: true, depth: 0 })

describe('recording a recommendation', () => {
  it('lets the client’s advisor write a draft, stamped with its author', async () => {
    const { status, body: created } = await rest('POST', '/recommendations?depth=0', { token: advisor.token, body: body() })
    expect(status).toBe(201)
    expect(created.doc).toMatchObject({ status: 'draft', createdBy: advisor.id, finalisedAt: null })
    expect(created.doc.products[1]).toMatchObject({ name: 'ETF Monde', isin: 'IE00B4L5Y983', amountCents: 3_000_000, sri: 4 })
  })

  it('refuses bad input at the field, in French: a target allocation not adding up to 100 %, a wrong ISIN, an SRI of 8, euros as text', async () => {
    const { status, body: refused } = await rest('POST', '/recommendations', {
      token: advisor.token,
      body: body({
        targetAllocation: [{ assetClass: 'euro-funds', pct: 60 }, { assetClass: 'funds-etf', pct: 30 }],
        products: [{ ...PRODUCTS[1], isin: 'IE00B4L5Y984', sri: 8 }],
      }),
    })
    expect(status).toBe(400)
    const errors = fieldErrors(refused)
    expect(errors.targetAllocation).toBe('Les parts de l’allocation cible doivent totaliser 100 % (total actuel : 90 %).')
    expect(errors['products.0.isin']).toMatch(/^Code ISIN invalide/)
    expect(errors['products.0.sri']).toBe('Indiquez le SRI du document d’informations clés : un nombre entier de 1 à 7.')
    // Text in a money field is refused before the other rules (fields/numbersAreNumbers.ts), at its path.
    const text = await rest('POST', '/recommendations', { token: advisor.token, body: body({ products: [{ ...PRODUCTS[0], amountCents: 'beaucoup' }] }) })
    expect(text.status).toBe(400)
    expect(fieldErrors(text.body)['products.0.amountCents']).toMatch(/montant en euros/)
  })

  it('accepts an ISIN typed in lower case with spaces, stored normalised', async () => {
    const { status, body: created } = await rest('POST', '/recommendations', { token: advisor.token, body: body({ products: [{ ...PRODUCTS[1], isin: ' ie00 b4l5 y983 ' }] }) })
    expect(status).toBe(201)
    expect(created.doc.products[0].isin).toBe('IE00B4L5Y983')
  })

  it('refuses another advisor writing for a client who is not theirs (at `investor`), and hides the client’s drafts from them', async () => {
    const refused = await rest('POST', '/recommendations', { token: otherAdvisor.token, body: body() })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body).investor).toBe('Choisissez l’un de vos clients.')
    const { body: created } = await rest('POST', '/recommendations', { token: advisor.token, body: body() })
    const id = created.doc.id
    expect((await rest('GET', `/recommendations/${id}`, { token: otherAdvisor.token })).status).toBe(404)
    expect([403, 404]).toContain((await rest('PATCH', `/recommendations/${id}`, { token: otherAdvisor.token, body: { title: 'Pris' } })).status)
    expect((await stored(id)).title).toBe('Allocation retraite 2027')
  })
})

describe('a final recommendation', () => {
  it('is stamped when finalised, read by its investor (who never sees drafts), and never changes — not even for an admin', async () => {
    const { body: draft } = await rest('POST', '/recommendations', { token: advisor.token, body: body({ title: 'Brouillon privé' }) })
    const { body: made } = await rest('POST', '/recommendations', { token: advisor.token, body: body({ title: 'Recommandation finale' }) })
    const id = made.doc.id
    const finalised = await rest('PATCH', `/recommendations/${id}?depth=0`, { token: advisor.token, body: { status: 'final', finalisedAt: '2000-01-01T00:00:00.000Z' } })
    expect(finalised.status).toBe(200)
    expect(finalised.body.doc).toMatchObject({ status: 'final', finalisedBy: advisor.id })
    expect(Date.now() - Date.parse(finalised.body.doc.finalisedAt)).toBeLessThan(60_000)

    const list = await rest('GET', `/recommendations?limit=50`, { token: investor.token })
    expect(list.status).toBe(200)
    const titles = list.body.docs.map((doc: { title: string }) => doc.title)
    expect(titles).toContain('Recommandation finale')
    expect(titles).not.toContain('Brouillon privé')
    expect(list.body.docs.every((doc: { status: string }) => doc.status === 'final')).toBe(true)
    expect((await rest('GET', `/recommendations/${draft.doc.id}`, { token: investor.token })).status).toBe(404)

    for (const token of [advisor.token, admin.token]) {
      const patch = await rest('PATCH', `/recommendations/${id}`, { token, body: { title: 'Modifiée' } })
      expect([403, 404]).toContain(patch.status)
      const remove = await rest('DELETE', `/recommendations/${id}`, { token })
      expect([403, 404]).toContain(remove.status)
    }
    const after = await stored(id)
    expect(after).toMatchObject({ title: 'Recommandation finale', status: 'final' })
    // Trusted code is refused too.
    await expect((await testPayload()).update({ collection: 'recommendations', id, overrideAccess: true, data: { title: 'Forcée' } })).rejects.toThrow(
      'Une recommandation finalisée ne se modifie pas',
    )
  })

  it('needs something to recommend: an allocation or a product', async () => {
    const { status, body: refused } = await rest('POST', '/recommendations', {
      token: advisor.token,
      body: { investor: investor.id, title: 'Vide', status: 'final', targetAllocation: [], products: [] },
    })
    expect(status).toBe(400)
    expect(fieldErrors(refused).products).toBe('Une recommandation finalisée comporte une allocation cible ou au moins un produit.')
  })

  it('lets the advisor delete a draft', async () => {
    const { body: created } = await rest('POST', '/recommendations', { token: advisor.token, body: body() })
    expect((await rest('DELETE', `/recommendations/${created.doc.id}`, { token: advisor.token })).status).toBe(200)
  })
})
