import { beforeAll, describe, expect, it } from 'vitest'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { createAccount, uniqueEmail, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'

/** GET /api/back-office/figures (the admin dashboard's figures) against hand-computed values. */

let advisor: Account
let admin: Account
beforeAll(async () => {
  const payload = await testPayload()
  advisor = await createAccount('advisor')
  admin = await createAccount('admin')
  const other = await createAccount('advisor')
  const [camille, hugo, stranger] = await Promise.all([
    createAccount('investor', { advisor: advisor.id }),
    createAccount('investor', { advisor: advisor.id }),
    createAccount('investor', { advisor: other.id }),
  ])
  const asset = (owner: number, kind: 'asset' | 'liability', valueCents: number) =>
    payload.create({ collection: 'assets', overrideAccess: true, data: { owner, kind, category: kind === 'asset' ? 'pea' : 'mortgage', label: 'x', valueCents } as never })
  await Promise.all([
    asset(camille.id, 'asset', 100_000_00),
    asset(camille.id, 'liability', 50_000_00),
    asset(hugo.id, 'asset', 25_000_00),
    asset(stranger.id, 'asset', 999_000_00),
  ])
  const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: camille.id } } })).docs[0]!
  await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: { ...exampleAnswers(), status: 'submitted' } as never })
  const prospect = (stage: string, estimatedAssetsCents?: number, owner = advisor.id) =>
    payload.create({
      collection: 'prospects',
      overrideAccess: true,
      data: { lastName: 'P', email: uniqueEmail('p'), stage, ownerAdvisor: owner, estimatedAssetsCents } as never,
    })
  await Promise.all([
    prospect('new', 300_000_00),
    prospect('new', 200_000_00),
    prospect('won'),
    prospect('lost', 10_000_00),
    prospect('won', 1, other.id),
  ])
})

describe('back-office figures', () => {
  it('an advisor gets the figures of their own clients and prospects only', async () => {
    const { status, body } = await rest('GET', '/back-office/figures', { token: advisor.token })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      investors: 2,
      newInvestorsThisMonth: 2,
      prospects: 4,
      wonProspects: 1,
      conversionRateBp: 2500,
      // 100 000 € + 25 000 €: the 50 000 € loan is not deducted, the other advisor's client not counted.
      assetsUnderAdviceCents: 125_000_00,
      questionnairesAwaitingValidation: 1,
    })
    const byStage = Object.fromEntries(body.prospectsByStage.map((s: any) => [s.stage, [s.count, s.estimatedAssetsCents]]))
    expect(byStage).toEqual({ new: [2, 500_000_00], won: [1, 0], lost: [1, 10_000_00] })
  })

  it('an admin sees the whole firm, at least what this test created', async () => {
    const { status, body } = await rest('GET', '/back-office/figures', { token: admin.token })
    expect(status).toBe(200)
    expect(body.investors).toBeGreaterThanOrEqual(3)
    expect(body.assetsUnderAdviceCents).toBeGreaterThanOrEqual(1_124_000_00)
    expect(body.prospects).toBeGreaterThanOrEqual(5)
  })

  it.each([
    ['anonymous', undefined, 401],
    ['an investor', 'investor', 403],
    ['an editor', 'editor', 403],
  ] as const)('refuses %s', async (_who, role, status) => {
    const token = role ? (await createAccount(role)).token : undefined
    expect((await rest('GET', '/back-office/figures', { token })).status).toBe(status)
  })
})
