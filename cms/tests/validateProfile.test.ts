import { beforeAll, describe, expect, it } from 'vitest'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/** POST /api/profiles/:id/validate — the advisor's "Valider le profil". */

let advisor: Account
let otherAdvisor: Account
let admin: Account
beforeAll(async () => {
  ;[advisor, otherAdvisor, admin] = await Promise.all([createAccount('advisor'), createAccount('advisor'), createAccount('admin')])
})

/** A client of `advisor` whose profile has the given status. */
const clientProfile = async (status: 'draft' | 'submitted') => {
  const payload = await testPayload()
  const client = await createAccount('investor', { advisor: advisor.id })
  const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: client.id } } })).docs[0]!
  const data = status === 'submitted' ? { ...exampleAnswers(), status } : { identity: exampleAnswers().identity }
  await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: data as never })
  return { client, profileId: profile.id as number }
}
const stored = async (id: number) => (await testPayload()).findByID({ collection: 'profiles', id, overrideAccess: true, depth: 0 })

describe('validating a profile', () => {
  it('lets the client’s advisor validate a submitted profile, stamped with who and when', async () => {
    const { profileId } = await clientProfile('submitted')
    const { status, body } = await rest('POST', `/profiles/${profileId}/validate`, { token: advisor.token })
    expect(status).toBe(200)
    const after = await stored(profileId)
    expect(after).toMatchObject({ status: 'validated', validatedBy: advisor.id })
    expect(body).toMatchObject({ id: profileId, status: 'validated', validatedAt: after.validatedAt, reviewDueAt: after.reviewDueAt })
    const months = (Date.parse(after.reviewDueAt!) - Date.parse(after.validatedAt!)) / 86_400_000
    expect(months).toBeGreaterThanOrEqual(365)
  })

  it('lets an admin validate anyone’s', async () => {
    const { profileId } = await clientProfile('submitted')
    expect((await rest('POST', `/profiles/${profileId}/validate`, { token: admin.token })).status).toBe(200)
    expect((await stored(profileId)).validatedBy).toBe(admin.id)
  })

  it('refuses a draft (409) and an already validated profile, changing nothing', async () => {
    const { profileId } = await clientProfile('draft')
    const draft = await rest('POST', `/profiles/${profileId}/validate`, { token: advisor.token })
    expect(draft.status).toBe(409)
    expect(draft.body.errors[0]).toEqual({ code: 'notSubmitted', message: 'Seul un questionnaire soumis par le client peut être validé (statut actuel : Brouillon).' })
    expect((await stored(profileId)).status).toBe('draft')

    const { profileId: submitted } = await clientProfile('submitted')
    expect((await rest('POST', `/profiles/${submitted}/validate`, { token: advisor.token })).status).toBe(200)
    expect((await rest('POST', `/profiles/${submitted}/validate`, { token: advisor.token })).status).toBe(409)
  })

  it('refuses another advisor’s client as if it did not exist (404), changing nothing', async () => {
    const { profileId } = await clientProfile('submitted')
    const { status } = await rest('POST', `/profiles/${profileId}/validate`, { token: otherAdvisor.token })
    expect(status).toBe(404)
    expect((await stored(profileId)).status).toBe('submitted')
  })

  it('refuses the investor themselves, an editor and anonymous', async () => {
    const { client, profileId } = await clientProfile('submitted')
    expect((await rest('POST', `/profiles/${profileId}/validate`, { token: client.token })).status).toBe(403)
    expect((await rest('POST', `/profiles/${profileId}/validate`, { token: (await createAccount('editor')).token })).status).toBe(403)
    expect((await rest('POST', `/profiles/${profileId}/validate`)).status).toBe(401)
    expect((await rest('POST', '/profiles/abc/validate', { token: advisor.token })).status).toBe(404)
    expect((await stored(profileId)).status).toBe('submitted')
  })
})
