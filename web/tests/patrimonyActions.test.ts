import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { webClient } from './webClient'

/** The patrimony pages' loaders and actions, through real HTTP against the real cms. */

const signedIn = async (account: Account) => {
  const client = webClient()
  const login = await client.post('/connexion', { email: account.email, password: TEST_PASSWORD })
  expect(login.status).toBe(302)
  return client
}

const form = (overrides: Record<string, string> = {}) => ({
  category: 'current-account', label: 'Compte courant', institution: 'Banque', value: '1 234,56', contributions: '',
  openedAt: '', ownership: 'full', sharePct: '100', cryptoSymbol: '', cryptoQuantity: '', ...overrides,
})

const assetsOf = async (owner: number) =>
  (await (await testPayload()).find({ collection: 'assets', where: { owner: { equals: owner } }, overrideAccess: true, sort: 'id' })).docs

describe('patrimony pages', () => {
  let investor: Account
  let client: ReturnType<typeof webClient>
  beforeAll(async () => {
    investor = await createAccount('investor')
    client = await signedIn(investor)
  })

  it('shows an empty state with a call to action, then adds an asset typed in French euros', async () => {
    const empty = await client.get('/portail/patrimoine')
    expect(empty.status).toBe(200)
    expect(empty.html).toContain('data-testid="patrimony-empty"')
    expect(empty.html).toContain('href="/portail/patrimoine/nouveau"')

    const saved = await client.post('/portail/patrimoine/nouveau', form({ openedAt: '2019-03-15' }))
    expect(saved.status).toBe(302)
    expect(saved.location).toBe('/portail/patrimoine?enregistre=1')
    const [asset] = await assetsOf(investor.id)
    expect(asset).toMatchObject({ kind: 'asset', category: 'current-account', valueCents: 123_456, label: 'Compte courant' })
    expect(asset!.openedAt?.slice(0, 10)).toBe('2019-03-15')

    const list = await client.get('/portail/patrimoine?enregistre=1')
    expect(list.html).toContain('Enregistré.')
    expect(list.html).toMatch(/Compte courant/)
    expect(list.html).toMatch(/1\s234,56\s€/)
  })

  it('shows the cms ceiling error at the value field in French, keeping what was typed', async () => {
    const before = (await assetsOf(investor.id)).length
    const refused = await client.post('/portail/patrimoine/nouveau', form({ category: 'livret-a', label: 'Mon livret', value: '23 000' }))
    expect(refused.status).toBe(400)
    expect(refused.html).toMatch(/plafond légal du Livret A est de 22\s950,00\s€/)
    expect(refused.html).toContain('id="field-value-error"')
    expect(refused.html).toContain('value="23 000"')
    expect(refused.html).toContain('value="Mon livret"')
    expect((await assetsOf(investor.id)).length).toBe(before)
  })

  it('refuses a malformed amount and missing crypto details before calling the cms', async () => {
    const refused = await client.post(
      '/portail/patrimoine/nouveau',
      form({ category: 'crypto', label: 'Ether', value: '12,345', cryptoSymbol: '', cryptoQuantity: 'beaucoup' }),
    )
    expect(refused.status).toBe(400)
    expect(refused.html).toMatch(/Indiquez un montant en euros/)
    expect(refused.html).toMatch(/symbole de la crypto-monnaie/)
    expect(refused.html).toMatch(/quantité supérieure à zéro/)
    expect(refused.html).toContain('value="12,345"')
    expect(refused.html).toContain('value="beaucoup"')
  })

  it('edits an asset and refuses a PEA whose contributions go over 150 000 €', async () => {
    const created = await client.post('/portail/patrimoine/nouveau', form({ category: 'pea', label: 'PEA', value: '40 000', contributions: '30 000' }))
    expect(created.status).toBe(302)
    const pea = (await assetsOf(investor.id)).find((asset) => asset.category === 'pea')!
    const page = await client.get(`/portail/patrimoine/${pea.id}`)
    expect(page.status).toBe(200)
    expect(page.html).toContain('value="40000,00"')

    const over = await client.post(`/portail/patrimoine/${pea.id}`, form({ category: 'pea', label: 'PEA', value: '40 000', contributions: '150 000,01' }))
    expect(over.status).toBe(400)
    expect(over.html).toMatch(/versements sur un PEA sont plafonnés à 150\s000,00\s€/)
    expect(over.html).toContain('value="150 000,01"')

    const ok = await client.post(`/portail/patrimoine/${pea.id}`, form({ category: 'pea', label: 'PEA Bourse', value: '41 000,50', contributions: '30 000' }))
    expect(ok.status).toBe(302)
    expect((await assetsOf(investor.id)).find((asset) => asset.id === pea.id)).toMatchObject({ label: 'PEA Bourse', valueCents: 4_100_050 })
  })

  it('refuses a second PEA at the category field, in French, keeping what was typed', async () => {
    // The investor has the PEA of the test above: one PEA per person.
    const before = (await assetsOf(investor.id)).length
    const second = await client.post('/portail/patrimoine/nouveau', form({ category: 'pea', label: 'Deuxième PEA', value: '150 000', contributions: '150 000' }))
    expect(second.status).toBe(400)
    expect(second.html).toContain('id="field-category-error"')
    expect(second.html).toMatch(/Vous avez déjà un PEA : la loi n’en autorise qu’un par personne/)
    expect(second.html).toContain('value="Deuxième PEA"')
    expect((await assetsOf(investor.id)).length).toBe(before)
  })

  it('deletes after a confirmation page, and never someone else’s asset', async () => {
    const [first] = await assetsOf(investor.id)
    const confirm = await client.get(`/portail/patrimoine/${first!.id}/supprimer`)
    expect(confirm.status).toBe(200)
    expect(confirm.html).toMatch(/Supprimer « Compte courant » \?/)
    expect((await assetsOf(investor.id)).some((asset) => asset.id === first!.id)).toBe(true)

    const intruder = await signedIn(await createAccount('investor'))
    expect((await intruder.get(`/portail/patrimoine/${first!.id}`)).status).toBe(404)
    expect((await intruder.post(`/portail/patrimoine/${first!.id}/supprimer`, {})).status).toBe(404)
    expect((await intruder.post(`/portail/patrimoine/${first!.id}`, form({ label: 'Piraté' }))).status).toBe(404)
    expect((await assetsOf(investor.id)).find((asset) => asset.id === first!.id)?.label).toBe('Compte courant')

    const deleted = await client.post(`/portail/patrimoine/${first!.id}/supprimer`, {})
    expect(deleted.status).toBe(302)
    expect(deleted.location).toBe('/portail/patrimoine?supprime=1')
    expect((await assetsOf(investor.id)).some((asset) => asset.id === first!.id)).toBe(false)
  })
})
