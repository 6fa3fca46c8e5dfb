import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/** A loan linked to the asset it financed, through REST as investors (docs/decisions/032). */

const post = (account: Account, body: Record<string, unknown>) => rest('POST', '/assets', { token: account.token, body })
const issues = (body: any): { path: string; message: string }[] =>
  (body?.errors?.[0]?.data?.errors ?? []).map(({ path, message }: { path: string; message: string }) => ({ path, message }))
const stored = async (id: number) => (await testPayload()).findByID({ collection: 'assets', id, depth: 0, overrideAccess: true })
const home = { kind: 'asset', category: 'main-home', label: 'Maison', valueCents: 30_000_000 }
const mortgage = { kind: 'liability', category: 'mortgage', label: 'Prêt immobilier', valueCents: 20_000_000 }

describe('a loan and what it finances', () => {
  let investor: Account
  let other: Account
  let homeId: number
  let othersHomeId: number
  let othersLoanId: number
  beforeAll(async () => {
    ;[investor, other] = await Promise.all([createAccount('investor'), createAccount('investor')])
    homeId = (await post(investor, home)).body.doc.id
    othersHomeId = (await post(other, home)).body.doc.id
    othersLoanId = (await post(other, mortgage)).body.doc.id
  })

  it('links a mortgage to the owner’s home, with its mensualité and end date', async () => {
    const { status, body } = await post(investor, {
      ...mortgage, financedAsset: homeId, monthlyPaymentCents: 138_000, endsAt: '2041-12-05T12:00:00.000Z',
    })
    expect(status).toBe(201)
    expect(await stored(body.doc.id)).toMatchObject({ financedAsset: homeId, monthlyPaymentCents: 138_000, endsAt: '2041-12-05T12:00:00.000Z' })
  })

  it('refuses another investor’s asset exactly as an id that does not exist: nothing to learn, nothing saved', async () => {
    const missing = othersLoanId + 1_000_000
    const answers = await Promise.all(
      [othersHomeId, othersLoanId, missing].map((financedAsset) => post(investor, { ...mortgage, label: `Prêt ${financedAsset}`, financedAsset })),
    )
    for (const answer of answers) expect(answer.status).toBe(400)
    const [foreignAsset, foreignDebt, unknown] = answers.map((answer) => issues(answer.body))
    expect(unknown).toEqual([{ path: 'financedAsset', message: 'Choisissez un de vos biens dans la liste.' }])
    expect(foreignAsset).toEqual(unknown)
    expect(foreignDebt).toEqual(unknown)
    const mine = await (await testPayload()).find({ collection: 'assets', where: { owner: { equals: investor.id } }, overrideAccess: true, depth: 0 })
    expect(mine.docs.map((doc) => doc.label)).not.toContain(`Prêt ${othersHomeId}`)
  })

  it('refuses the same on an update, and keeps the stored link', async () => {
    const loan = (await post(investor, { ...mortgage, financedAsset: homeId })).body.doc.id
    const patch = await rest('PATCH', `/assets/${loan}`, { token: investor.token, body: { financedAsset: othersHomeId } })
    expect(patch.status).toBe(400)
    expect(issues(patch.body)).toEqual([{ path: 'financedAsset', message: 'Choisissez un de vos biens dans la liste.' }])
    expect((await stored(loan)).financedAsset).toBe(homeId)
  })

  it('refuses the owner’s own debt, junk ids, a bad end date — in the caller’s language', async () => {
    const ownLoan = (await post(investor, mortgage)).body.doc.id
    const debt = await post(investor, { ...mortgage, financedAsset: ownLoan })
    expect(issues(debt.body)).toEqual([{ path: 'financedAsset', message: 'Un crédit finance un bien, pas une dette : choisissez un actif.' }])
    for (const financedAsset of ['abc', -1, 1.5, { id: othersHomeId }, 2 ** 40]) {
      const junk = await post(investor, { ...mortgage, financedAsset })
      expect(junk.status, JSON.stringify(financedAsset)).toBe(400)
    }
    const date = await post(investor, { ...mortgage, endsAt: '2041-02-30' })
    expect(issues(date.body)).toEqual([{ path: 'endsAt', message: 'Indiquez une date valide (par exemple 05/12/2041).' }])
    const english = await post(await createAccount('investor', { locale: 'en' }), { ...mortgage, financedAsset: othersHomeId })
    expect(issues(english.body)).toEqual([{ path: 'financedAsset', message: 'Choose one of your assets from the list.' }])
  })

  it('keeps loan details off assets', async () => {
    const { body } = await post(investor, { ...home, label: 'Terrain', financedAsset: homeId, monthlyPaymentCents: 10_000 })
    expect(await stored(body.doc.id)).toMatchObject({ financedAsset: null, monthlyPaymentCents: null, endsAt: null })
  })

  it('deleting the property clears the link; the loan stays', async () => {
    const flat = (await post(investor, { ...home, label: 'Studio' })).body.doc.id
    const loan = (await post(investor, { ...mortgage, financedAsset: flat, monthlyPaymentCents: 50_000 })).body.doc.id
    expect((await rest('DELETE', `/assets/${flat}`, { token: investor.token })).status).toBe(200)
    const after = await rest('GET', `/assets/${loan}?depth=0`, { token: investor.token })
    expect(after.status).toBe(200)
    expect(after.body).toMatchObject({ financedAsset: null, monthlyPaymentCents: 50_000, valueCents: 20_000_000 })
  })

  it('another investor cannot read a loan, and cannot find it through its link', async () => {
    const loan = (await post(investor, { ...mortgage, financedAsset: homeId })).body.doc.id
    expect((await rest('GET', `/assets/${loan}`, { token: other.token })).status).toBe(404)
    const list = await rest('GET', `/assets?depth=0&where[financedAsset][equals]=${homeId}`, { token: other.token })
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
    // The owner sees the link populated (depth 1), with their own asset.
    const own = await rest('GET', `/assets/${loan}?depth=1`, { token: investor.token })
    expect(own.body.financedAsset).toMatchObject({ id: homeId, label: 'Maison' })
  })
})
