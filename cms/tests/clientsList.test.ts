import { beforeAll, describe, expect, it } from 'vitest'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * GET /api/back-office/clients against a known set of investors: search,
 * filters, sort, pages, and that an advisor only ever lists their own
 * clients whatever the query says. Everything is read from the trigger-kept
 * client_list_rows, checked here against hand-computed sums and against the
 * users and profiles it mirrors after each kind of write.
 */

let advisor: Account
let otherAdvisor: Account
let admin: Account
const ids: Record<string, number> = {}
const tag = Math.random().toString(36).slice(2, 8)

beforeAll(async () => {
  const payload = await testPayload()
  ;[advisor, otherAdvisor, admin] = await Promise.all([createAccount('advisor'), createAccount('advisor'), createAccount('admin')])
  const investor = async (key: string, name: string, advisorId: number) => {
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `${key}-${tag}@clients.test`, password: 'Correct-horse-42-battery', name, role: 'investor', advisor: advisorId, acceptTerms: true } as never,
    })
    ids[key] = user.id as number
    return user.id as number
  }
  const asset = (owner: number, category: string, kind: 'asset' | 'liability', valueCents: number, ownershipSharePct = 100) =>
    payload.create({ collection: 'assets', overrideAccess: true, data: { owner, kind, category, label: category, valueCents, ownershipSharePct } as never })
  // Created one after the other: sign-up order is known.
  const alice = await investor('alice', `Alice Zed ${tag}`, advisor.id)
  const bruno = await investor('bruno', `Bruno Martin ${tag}`, advisor.id)
  const chloe = await investor('chloe', `Chloé Durand ${tag}`, advisor.id)
  const dan = await investor('dan', `Dan Martin ${tag}`, otherAdvisor.id)
  await asset(alice, 'pea', 'asset', 50_000_00)
  await asset(alice, 'mortgage', 'liability', 20_000_00)
  await asset(bruno, 'main-home', 'asset', 300_000_01, 50) // 150 000,005 € → 150 000,01 €
  await asset(dan, 'securities-account', 'asset', 999_000_00)
  const profileOf = async (owner: number) => (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: owner } } })).docs[0]!
  await payload.update({ collection: 'profiles', id: (await profileOf(bruno)).id, overrideAccess: true, data: { ...exampleAnswers(), status: 'submitted' } as never })
  await payload.update({ collection: 'profiles', id: (await profileOf(dan)).id, overrideAccess: true, data: { ...exampleAnswers(), status: 'submitted' } as never })
  void chloe
})

const list = (token: string | undefined, query: string) => rest('GET', `/back-office/clients?${query}`, { token })
const names = (body: any) => body.docs.map((d: any) => d.name.replace(` ${tag}`, ''))

describe('the clients list', () => {
  it('gives an advisor their own clients, sorted by name, with net worth, risk and status', async () => {
    const { status, body } = await list(advisor.token, '')
    expect(status).toBe(200)
    expect(names(body)).toEqual(['Alice Zed', 'Bruno Martin', 'Chloé Durand'])
    expect(body).toMatchObject({ totalDocs: 3, page: 1, limit: 25, totalPages: 1 })
    const bruno = body.docs.find((d: any) => d.id === ids.bruno)
    expect(bruno).toMatchObject({ netWorthCents: 150_000_01, status: 'submitted', riskScore: 5, riskLabel: 'dynamique', advisor: { id: advisor.id } })
    expect(body.docs.find((d: any) => d.id === ids.alice)).toMatchObject({ netWorthCents: 30_000_00, status: 'draft', riskScore: null })
    expect(body.docs.find((d: any) => d.id === ids.chloe).netWorthCents).toBe(0)
  })

  it('searches name and e-mail ignoring case and accents, % and _ as themselves', async () => {
    expect(names((await list(advisor.token, 'q=martin')).body)).toEqual(['Bruno Martin'])
    expect(names((await list(advisor.token, `q=CHLOE-${tag}@`)).body)).toEqual(['Chloé Durand'])
    expect(names((await list(advisor.token, 'q=Chloé')).body)).toEqual(['Chloé Durand'])
    expect(names((await list(advisor.token, 'q=chloe durand')).body)).toEqual(['Chloé Durand'])
    expect(names((await list(advisor.token, 'q=CHLOÉ DÜRAND')).body)).toEqual(['Chloé Durand'])
    expect((await list(advisor.token, 'q=%25')).body.totalDocs).toBe(0)
    expect((await list(advisor.token, 'q=_')).body.totalDocs).toBe(0)
  })

  it('filters by risk, questionnaire status and net worth range, and sorts both ways', async () => {
    expect(names((await list(advisor.token, 'risk=5')).body)).toEqual(['Bruno Martin'])
    expect(names((await list(advisor.token, 'risk=none&sort=-name')).body)).toEqual(['Chloé Durand', 'Alice Zed'])
    expect(names((await list(advisor.token, 'status=draft')).body)).toEqual(['Alice Zed', 'Chloé Durand'])
    expect(names((await list(advisor.token, 'minNetWorthCents=1&maxNetWorthCents=3000000')).body)).toEqual(['Alice Zed'])
    expect(names((await list(advisor.token, 'sort=-netWorth')).body)).toEqual(['Bruno Martin', 'Alice Zed', 'Chloé Durand'])
    expect(names((await list(advisor.token, 'sort=netWorth')).body)).toEqual(['Chloé Durand', 'Alice Zed', 'Bruno Martin'])
    expect(names((await list(advisor.token, 'sort=-createdAt')).body)).toEqual(['Chloé Durand', 'Bruno Martin', 'Alice Zed'])
    expect(names((await list(advisor.token, 'sort=-status')).body)[0]).toBe('Bruno Martin')
    expect(names((await list(advisor.token, 'sort=-riskScore')).body)[0]).toBe('Bruno Martin')
  })

  it('pages', async () => {
    const first = await list(advisor.token, 'limit=2')
    const second = await list(advisor.token, 'limit=2&page=2')
    expect(names(first.body)).toEqual(['Alice Zed', 'Bruno Martin'])
    expect(names(second.body)).toEqual(['Chloé Durand'])
    expect(second.body).toMatchObject({ totalDocs: 3, page: 2, totalPages: 2 })
  })

  it('keeps the net worth in step with the assets (trigger)', async () => {
    const payload = await testPayload()
    const loan = await payload.create({ collection: 'assets', overrideAccess: true, data: { owner: ids.chloe, kind: 'liability', category: 'consumer-loan', label: 'Crédit', valueCents: 5_000_00 } as never })
    expect((await list(advisor.token, `q=chloe-${tag}`)).body.docs[0].netWorthCents).toBe(-5_000_00)
    await payload.delete({ collection: 'assets', id: loan.id, overrideAccess: true })
    expect((await list(advisor.token, `q=chloe-${tag}`)).body.docs[0].netWorthCents).toBe(0)
  })

  it('sorts names as a French reader expects: accents do not send a name to the end', async () => {
    const payload = await testPayload()
    const own = await createAccount('advisor')
    for (const name of ['Fabien Roux', 'Émile Zola', 'élise Blanc', 'Denis Petit']) {
      await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: `${name.split(' ')[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}-${tag}@sort.test`, password: 'Correct-horse-42-battery', name, role: 'investor', advisor: own.id, acceptTerms: true } as never,
      })
    }
    expect((await list(own.token, '')).body.docs.map((d: any) => d.name)).toEqual(['Denis Petit', 'élise Blanc', 'Émile Zola', 'Fabien Roux'])
  })

  it('keeps every list column in step with users and profiles (triggers)', async () => {
    const payload = await testPayload()
    const own = await createAccount('advisor')
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `gaston-${tag}@step.test`, password: 'Correct-horse-42-battery', name: `Gaston Lagaffe ${tag}`, role: 'investor', advisor: own.id, acceptTerms: true } as never,
    })
    const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: user.id } } })).docs[0]!
    // Renamed: found by the new name only.
    await payload.update({ collection: 'users', id: user.id, overrideAccess: true, data: { name: `Gaston Prunelle ${tag}` } as never })
    expect(names((await list(own.token, 'q=prunelle')).body)).toEqual(['Gaston Prunelle'])
    expect((await list(own.token, 'q=lagaffe')).body.totalDocs).toBe(0)
    // Questionnaire submitted: the status and risk filters follow.
    await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: { ...exampleAnswers(), status: 'submitted' } as never })
    expect((await list(own.token, 'status=submitted&risk=5')).body.docs.map((d: any) => d.id)).toEqual([user.id])
    expect((await list(own.token, 'status=draft')).body.totalDocs).toBe(0)
    // Handed to another advisor: leaves this list, joins theirs.
    await payload.update({ collection: 'users', id: user.id, overrideAccess: true, data: { advisor: otherAdvisor.id } as never })
    expect((await list(own.token, '')).body.totalDocs).toBe(0)
    expect((await list(otherAdvisor.token, 'q=prunelle')).body.docs.map((d: any) => d.id)).toEqual([user.id])
    // Profile removed: no risk, reads as a draft.
    await payload.delete({ collection: 'profiles', id: profile.id, overrideAccess: true })
    expect((await list(otherAdvisor.token, 'q=prunelle&risk=none&status=draft')).body.docs.map((d: any) => d.id)).toEqual([user.id])

    // And, for every user of this run, each column equals what it mirrors.
    const pool = (payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }).pool
    const { rows } = await pool.query(`
      select u.id from users u
        left join profiles p on p.owner_id = u.id
        left join client_list_rows r on r.owner_id = u.id
       where r.owner_id is null
          or r.role is distinct from u.role or r.advisor_id is distinct from u.advisor_id
          or r.name_key is distinct from atlas_search_key(u.name)
          or r.search_key is distinct from atlas_search_key(u.name || ' ' || u.email)
          or r.created_at is distinct from u.created_at
          or r.profile_status is distinct from p.status or r.risk_score is distinct from p.risk_score`)
    expect(rows).toEqual([])
  })

  it('never shows an advisor another advisor’s clients, whatever the query', async () => {
    for (const query of ['q=Dan', `q=dan-${tag}`, 'minNetWorthCents=90000000', 'sort=-netWorth&limit=100']) {
      const { status, body } = await list(advisor.token, query)
      expect(status).toBe(200)
      expect(body.docs.map((d: any) => d.id)).not.toContain(ids.dan)
    }
    const crafted = await list(advisor.token, `advisor=${otherAdvisor.id}`)
    expect(crafted.status).toBe(403)
    expect(crafted.body.docs).toBeUndefined()
    expect((await list(advisor.token, `advisor=${advisor.id}`)).body.totalDocs).toBe(3)
    expect(names((await list(otherAdvisor.token, `q=${tag}`)).body)).toContain('Dan Martin')
    expect((await list(otherAdvisor.token, `q=${tag}`)).body.docs.every((d: any) => d.advisor.id === otherAdvisor.id)).toBe(true)
  })

  it('lets an admin see every advisor’s clients and filter by advisor', async () => {
    const all = await list(admin.token, `q=-${tag}@clients.test&limit=100`)
    expect(all.body.totalDocs).toBe(4)
    expect(names((await list(admin.token, `q=-${tag}@clients.test&advisor=${otherAdvisor.id}`)).body)).toEqual(['Dan Martin'])
  })

  it('answers bad parameters with localized field errors, never a 500', async () => {
    const fr = await list(advisor.token, 'sort=password&page=0')
    expect(fr.status).toBe(400)
    expect(fr.body.errors[0].data.errors).toEqual([
      { path: 'sort', message: 'Tri inconnu.' },
      { path: 'page', message: 'Numéro de page invalide.' },
    ])
    const en = await rest('GET', '/back-office/clients?risk=9', { token: (await createAccount('advisor', { locale: 'en' })).token })
    expect(en.body.errors[0].data.errors).toEqual([{ path: 'risk', message: 'The risk profile goes from 1 to 7 (or “not computed”).' }])
  })

  it.each([
    ['anonymous', undefined, 401],
    ['an investor', 'investor', 403],
    ['an editor', 'editor', 403],
  ] as const)('refuses %s', async (_who, role, status) => {
    const token = role ? (await createAccount(role)).token : undefined
    expect((await list(token, '')).status).toBe(status)
  })
})
