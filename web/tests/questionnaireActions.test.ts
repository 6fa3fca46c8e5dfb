import { exampleAnswers, KNOWLEDGE_FAMILIES } from '@atlas/shared/profile/questionnaire'
import { beforeAll, describe, expect, it } from 'vitest'
import { uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { signUpVerifiedOnWeb } from './signUp'
import { webClient } from './webClient'

/** The questionnaire wizard's actions, as a browser without JavaScript posts them, against the real cms. */
let client: ReturnType<typeof webClient>
let email: string

const storedProfile = async () => {
  const payload = await testPayload()
  const user = (await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).docs[0]!
  return (await payload.find({ collection: 'profiles', where: { owner: { equals: user.id } }, depth: 0, overrideAccess: true })).docs[0]!
}

const identity = {
  'identity.birthDate': '1980-05-17',
  'identity.maritalStatus': 'married',
  'identity.matrimonialRegime': 'separation-de-biens',
  'identity.dependants': '2',
  'identity.residenceCountry': 'FR',
  'identity.taxResidence': 'FR',
}

beforeAll(async () => {
  client = webClient()
  email = uniqueEmail('wizard')
  await signUpVerifiedOnWeb(client, { name: 'Paul Girard', email })
})

describe('questionnaire wizard actions', () => {
  it('starts at the first step', async () => {
    const start = await client.get('/portail/questionnaire')
    expect(start.status).toBe(302)
    expect(start.location).toBe('/portail/questionnaire/identite')
    const page = await client.get('/portail/questionnaire/identite')
    expect(page.status).toBe(200)
    expect(page.html).toContain('Étape 1 sur 9')
    expect(page.html).toContain('Questionnaire complété à 0 %')
  })

  it('refuses a bad income line with 400, French errors at the fields and the values kept', async () => {
    const { status, html } = await client.post('/portail/questionnaire/revenus', {
      intent: 'next',
      'income.0.source': 'salary',
      'income.0.label': 'Salaire net',
      'income.0.amountCents': '3 500,555',
      'income.0.frequency': '',
    })
    expect(status).toBe(400)
    expect(html).toContain('Indiquez un montant en euros, positif ou nul')
    expect(html).toContain('Ce champ est obligatoire.')
    expect(html).toContain('value="3 500,555"')
    expect(html).toContain('value="Salaire net"')
    expect(html).toMatch(/name="income\.0\.amountCents"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*name="income\.0\.amountCents"/)
    expect((await storedProfile()).income).toEqual([])
  })

  it('adds and removes lines without JavaScript, keeping what was typed', async () => {
    const added = await client.post('/portail/questionnaire/revenus', {
      intent: 'add',
      'income.0.source': 'salary',
      'income.0.label': 'Salaire net',
      'income.0.amountCents': '3 500',
      'income.0.frequency': 'monthly',
    })
    expect(added.status).toBe(200)
    expect(added.html).toContain('name="income.1.label"')
    expect(added.html).toContain('value="3 500"')
    const removed = await client.post('/portail/questionnaire/revenus', {
      intent: 'remove:0',
      'income.0.label': 'Salaire net',
      'income.1.label': 'Loyers',
    })
    expect(removed.html).toContain('value="Loyers"')
    expect(removed.html).not.toContain('value="Salaire net"')
    expect(removed.html).not.toContain('name="income.1.label"')
  })

  it('saves a partial step and resumes there; a complete step moves on', async () => {
    const saved = await client.post('/portail/questionnaire/identite', {
      intent: 'save',
      'identity.birthDate': '1980-05-17',
      'identity.maritalStatus': 'married',
    })
    expect(saved.status).toBe(302)
    expect(saved.location).toBe('/portail/questionnaire/identite?enregistre=1')
    expect((await storedProfile()).identity).toMatchObject({ birthDate: '1980-05-17', maritalStatus: 'married', dependants: null })

    expect((await client.get('/portail/questionnaire')).location).toBe('/portail/questionnaire/identite')
    const resumed = await client.get('/portail/questionnaire/identite?enregistre=1')
    expect(resumed.html).toContain('Vos réponses sont enregistrées')
    expect(resumed.html).toContain('value="1980-05-17"')

    const incomplete = await client.post('/portail/questionnaire/identite', { intent: 'next', 'identity.birthDate': '1980-05-17' })
    expect(incomplete.status).toBe(400)
    expect(incomplete.html).toContain('value="1980-05-17"')

    const next = await client.post('/portail/questionnaire/identite', { intent: 'next', ...identity })
    expect(next.status).toBe(302)
    expect(next.location).toBe('/portail/questionnaire/profession')
    expect((await client.get('/portail/questionnaire')).location).toBe('/portail/questionnaire/profession')
    expect((await storedProfile()).completionPct).toBe(16) // 6 of 37
  })

  it('checks knowledge answers against each other, at the product’s row', async () => {
    const form: Record<string, string> = { intent: 'next' }
    const classes = ['savings-accounts', 'euro-funds', 'unit-linked', 'equities', 'bonds', 'funds-etf', 'scpi', 'private-equity', 'crypto', 'derivatives']
    classes.forEach((productClass, index) => {
      Object.assign(form, {
        [`knowledge.${index}.productClass`]: productClass,
        [`knowledge.${index}.knows`]: 'yes',
        [`knowledge.${index}.hasTraded`]: index === 3 ? 'yes' : 'no',
        [`knowledge.${index}.frequency`]: 'never',
        [`knowledge.${index}.volumeBand`]: 'none',
        [`knowledge.${index}.withinThreeYears`]: 'no',
      })
    })
    // The step is one family per page (decision 029): post the page of the family holding the contradiction.
    form.famille = KNOWLEDGE_FAMILIES.find((family) => (family.classes as readonly string[]).includes('equities'))!.slug
    const { status, html } = await client.post(`/portail/questionnaire/connaissances?famille=${form.famille}`, form)
    expect(status).toBe(400)
    expect(html).toContain('Vous avez déjà investi dans ce produit : indiquez à quelle fréquence.')
    expect(html.match(/class="field-error"/g)).toHaveLength(1)
  })

  it('refuses to send an incomplete questionnaire, naming the missing steps', async () => {
    const { status, html } = await client.post('/portail/questionnaire/relecture', {})
    expect(status).toBe(400)
    // Said once: the list of missing steps, not a second red box repeating the cms's sentence.
    expect(html).toContain('Étapes encore incomplètes')
    expect(html).toContain('Revenus')
    expect(html).not.toContain('Le questionnaire n’est pas complet')
    expect((await storedProfile()).status).toBe('draft')
  })

  it('saves what was typed when going back a step', async () => {
    const back = await client.post('/portail/questionnaire/profession', { intent: 'back', 'work.profession': 'Architecte' })
    expect(back.status).toBe(302)
    expect(back.location).toBe('/portail/questionnaire/identite')
    expect((await storedProfile()).work?.profession).toBe('Architecte')
  })

  it('shows the cms refusal when a validated profile’s answers are changed, and keeps the input', async () => {
    const payload = await testPayload()
    const profile = await storedProfile()
    await payload.update({ collection: 'profiles', id: profile.id, data: { ...exampleAnswers(), status: 'submitted' } as never, overrideAccess: true })
    await payload.update({ collection: 'profiles', id: profile.id, data: { status: 'validated' }, overrideAccess: true })
    const { status, html } = await client.post('/portail/questionnaire/capacite-de-perte', { intent: 'next', 'capacity.lossPct': '5' })
    expect(status).toBe(400)
    expect(html).toContain('Ce profil a été validé par votre conseiller')
    expect(html).toContain('value="5"')
    expect((await storedProfile()).capacity?.lossPct).toBe(30)
  })
})
