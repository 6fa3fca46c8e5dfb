import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, uniqueEmail, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/**
 * What the advisor learnt about a prospect (discovery answers) pre-fills the
 * questionnaire of the investor the invitation creates.
 */

let advisor: Account
beforeAll(async () => {
  advisor = await createAccount('advisor')
})

const tokenMailedTo = async (email: string) => {
  const { docs } = await (await testPayload()).find({ collection: 'emails', overrideAccess: true, sort: '-createdAt', limit: 1, where: { to: { equals: email } } })
  return /invitation\?token=([A-Za-z0-9_-]{43})/.exec(docs[0]?.text ?? '')![1]!
}

describe('questionnaire prefill from the prospect', () => {
  it('copies names, phone and discovery answers; the estimate stays on the prospect', async () => {
    const email = uniqueEmail('prefill')
    const created = await rest('POST', '/prospects', {
      token: advisor.token,
      body: {
        firstName: 'Inès',
        lastName: 'Moreau',
        email,
        phone: '06 22 33 44 55',
        ownerAdvisor: advisor.id,
        stage: 'meeting',
        estimatedAssetsCents: 450_000_00,
        discovery: { birthDate: '1979-02-11', maritalStatus: 'pacs', dependants: 1, profession: 'Architecte', employmentStatus: 'self-employed', horizonYears: 15 },
      },
    })
    expect(created.status).toBe(201)
    await rest('POST', `/prospects/${created.body.doc.id}/invite`, { token: advisor.token })
    const accepted = await rest('POST', '/prospects/accept-invitation', { body: { token: await tokenMailedTo(email), password: TEST_PASSWORD, acceptTerms: true } })
    expect(accepted.status).toBe(201)

    const payload = await testPayload()
    const user = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: email } }, depth: 0 })).docs[0]!
    expect(user).toMatchObject({ name: 'Inès Moreau', phone: '06 22 33 44 55', advisor: advisor.id })
    const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: user.id } } })).docs[0]!
    expect(profile.status).toBe('draft')
    expect(profile.identity).toMatchObject({ birthDate: '1979-02-11', maritalStatus: 'pacs', dependants: 1 })
    expect(profile.work).toMatchObject({ profession: 'Architecte', employmentStatus: 'self-employed' })
    expect(profile.objectives?.horizonYears).toBe(15)
    expect(profile.completionPct).toBeGreaterThan(0)
  })

  it('with no discovery answers, the profile starts empty as before', async () => {
    const email = uniqueEmail('noprefill')
    const created = await rest('POST', '/prospects', { token: advisor.token, body: { lastName: 'Vide', email, ownerAdvisor: advisor.id } })
    await rest('POST', `/prospects/${created.body.doc.id}/invite`, { token: advisor.token })
    expect((await rest('POST', '/prospects/accept-invitation', { body: { token: await tokenMailedTo(email), password: TEST_PASSWORD, acceptTerms: true } })).status).toBe(201)
    const payload = await testPayload()
    const user = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: email } }, depth: 0 })).docs[0]!
    const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: user.id } } })).docs[0]!
    expect(profile.completionPct).toBe(0)
  })

  it('refuses a discovery answer the questionnaire would refuse, in French, keeping the prospect as it was', async () => {
    const created = await rest('POST', '/prospects', { token: advisor.token, body: { lastName: 'Date', email: uniqueEmail('date'), ownerAdvisor: advisor.id, discovery: { profession: 'Notaire' } } })
    const id = created.body.doc.id
    const { status, body } = await rest('PATCH', `/prospects/${id}`, { token: advisor.token, body: { discovery: { birthDate: '11/02/1979', dependants: 40 } } })
    expect(status).toBe(400)
    const errors = body.errors[0].data.errors as { path: string; message: string }[]
    expect(errors.map((e) => e.path).sort()).toEqual(['discovery.birthDate', 'discovery.dependants'])
    for (const e of errors) expect(e.message).not.toMatch(/^errors\./)
    const stored = await (await testPayload()).findByID({ collection: 'prospects', id, overrideAccess: true })
    expect(stored.discovery).toMatchObject({ profession: 'Notaire', birthDate: null })
  })
})
