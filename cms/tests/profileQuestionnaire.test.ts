import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/** The suitability questionnaire over REST, as the investor's web session and the advisor use it. */
let advisor: Account
let investor: Account
let profileId: number

const fieldErrors = (body: any): Record<string, string> =>
  Object.fromEntries((body?.errors?.[0]?.data?.errors ?? []).map((e: any) => [e.path, e.message]))
const patch = (body: unknown, who: Account = investor) =>
  rest('PATCH', `/profiles/${profileId}?depth=0`, { token: who.token, body })
const stored = async () =>
  (await testPayload()).findByID({ collection: 'profiles', id: profileId, depth: 0, overrideAccess: true })

beforeAll(async () => {
  advisor = await createAccount('advisor')
  investor = await createAccount('investor', { advisor: advisor.id })
  const found = await rest('GET', '/profiles?limit=1&depth=0', { token: investor.token })
  profileId = found.body.docs[0].id
})

describe('profiles: the questionnaire over REST', () => {
  it('saves a partial draft and derives what it can', async () => {
    const { identity, income } = exampleAnswers()
    const { status, body } = await patch({ identity, income })
    expect(status).toBe(200)
    expect(body.doc).toMatchObject({
      status: 'draft',
      identity: { birthDate: '1980-05-17', matrimonialRegime: 'communaute-reduite-aux-acquets' },
      completionPct: 19, // identity 6 + income 1 = 7 of 37
      riskScore: null,
      monthlyIncomeCents: 400_000,
      monthlyExpensesCents: 0,
    })
    // A later step alone keeps the earlier ones.
    const next = await patch({ capacity: { lossPct: 30 } })
    expect(next.body.doc.identity.birthDate).toBe('1980-05-17')
    expect(next.body.doc.completionPct).toBe(22) // 8 of 37
  })

  it('refuses bad types with 400 at the field, in the reader’s language, and keeps what was saved', async () => {
    const { status, body } = await patch({
      identity: { birthDate: '31/02/1980', dependants: 'deux' },
      income: [{ source: 'salary', label: 'Salaire', amountCents: 12.5, frequency: 'weekly' }],
      objectives: { horizonYears: -3 },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual({
      'identity.birthDate': 'Indiquez une date valide (jj/mm/aaaa).',
      'identity.dependants': 'Indiquez un nombre entier de personnes à charge, de 0 à 20.',
      'income.0.amountCents': 'Indiquez un montant en euros, positif ou nul (exemple : 1 250,50).',
      'income.0.frequency': 'Choisissez une des réponses proposées.',
      'objectives.horizonYears': 'Indiquez une durée entière entre 0 et 50 ans.',
    })
    const after = await stored()
    expect(after.identity?.birthDate).toBe('1980-05-17')
    expect(after.income?.[0]?.amountCents).toBe(350_000)
  })

  it('refuses to submit an incomplete questionnaire and lists what is missing', async () => {
    const { status, body } = await patch({ status: 'submitted' })
    expect(status).toBe(400)
    const errors = fieldErrors(body)
    expect(errors.status).toBe(
      'Le questionnaire n’est pas complet. Étapes à terminer : Situation professionnelle, Charges et engagements, ' +
        'Connaissances et expérience, Objectifs, Rapport au risque, Préférences en matière de durabilité.',
    )
    expect(errors['work.profession']).toBe('Ce champ est obligatoire.')
    expect(errors.knowledge).toBe('Répondez une fois pour chacune des dix familles de produits.')
    expect((await stored()).status).toBe('draft')
  })

  it('ignores derived figures sent by the client and recomputes them', async () => {
    const { status, body } = await patch({
      ...exampleAnswers(),
      riskScore: 7,
      riskLabel: 'très offensif',
      completionPct: 3,
      monthlyIncomeCents: 1,
      warnings: [{ code: 'forged' }],
      validatedAt: '2020-01-01T00:00:00.000Z',
    })
    expect(status).toBe(200)
    expect(body.doc).toMatchObject({
      completionPct: 100,
      riskScore: 5,
      riskLabel: 'dynamique',
      warnings: [],
      monthlyIncomeCents: 400_000,
      monthlyExpensesCents: 270_000,
      savingsCapacityCents: 130_000,
      validatedAt: null,
    })
  })

  it('submits once complete; the advisor validates, with a yearly review date', async () => {
    expect((await patch({ status: 'submitted' })).status).toBe(200)
    const validated = await patch({ status: 'validated' }, advisor)
    expect(validated.status).toBe(200)
    const doc = validated.body.doc
    expect(doc.validatedBy).toBe(advisor.id)
    const due = new Date(doc.validatedAt)
    due.setUTCMonth(due.getUTCMonth() + 12)
    expect(doc.reviewDueAt).toBe(due.toISOString())
  })

  it('locks the answers of a validated profile until the investor sends it back', async () => {
    const locked = await patch({ capacity: { lossPct: 5 } })
    expect(locked.status).toBe(400)
    expect(fieldErrors(locked.body).status).toMatch(/repassez-le au statut « soumis »/)
    expect((await stored()).capacity?.lossPct).toBe(30)

    const reopened = await patch({ status: 'submitted', capacity: { lossPct: 5 } })
    expect(reopened.status).toBe(200)
    expect(reopened.body.doc).toMatchObject({ status: 'submitted', validatedAt: null, reviewDueAt: null, riskScore: 3 })
  })

  it('is titled with its investor’s name in the admin, following a rename', async () => {
    expect((await stored()).title).toBe('Test investor')
    const payload = await testPayload()
    await payload.update({ collection: 'users', id: investor.id, data: { name: 'Anne Morel' }, overrideAccess: true })
    expect((await stored()).title).toBe('Anne Morel')
  })

  it('keeps each write as a version', async () => {
    const versions = await rest('GET', `/profiles/versions?where[parent][equals]=${profileId}&limit=50&depth=0`, {
      token: advisor.token,
    })
    expect(versions.status).toBe(200)
    const statuses = versions.body.docs.map((version: any) => version.version.status)
    expect(statuses).toContain('validated')
    expect(statuses).toContain('submitted')
    expect(versions.body.docs.length).toBeGreaterThanOrEqual(6)
  })
})
