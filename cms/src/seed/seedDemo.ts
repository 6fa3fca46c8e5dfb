import type { Payload } from 'payload'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demoAccounts'
import { sealSecret } from '../twoFactor/secrets'
import { DEMO_ASSETS } from './demoAssets'
import { pastValuations } from './demoHistory'
import { DEMO_COURSES } from './demoContent'
import { DEMO_FIRM } from './demoFirm'
import { DEMO_PAGES } from './demoPages'
import { DEMO_PLANS } from './demoPlans'
import { DEMO_PROSPECTS } from './demoProspects'
import { DEMO_TEMPLATES } from './demoTemplates'
import { seedClientProgress } from './demoProgress'
import { seedDemoDocuments } from './demoDocuments'

const stamp = () => new Date().toISOString()

/** True when the database has no account yet: the first start seeds it. */
export const isEmpty = async (payload: Payload): Promise<boolean> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  return totalDocs === 0
}

const createUser = (payload: Payload, data: Record<string, unknown>) =>
  payload.create({
    collection: 'users',
    overrideAccess: true,
    // Demo accounts are verified: they log in at once, and no verification mail is queued.
    disableVerificationEmail: true,
    data: { password: DEMO_PASSWORD, locale: 'fr', acceptTerms: true, _verified: true, ...data } as never,
  })

/** Fills an empty database with the French demo data. */
export const seedDemo = async (payload: Payload): Promise<void> => {
  // Staff must use TOTP: the demo's is the known DEMO_TOTP_SECRET (README, `npm run demo:code`).
  const demoTwoFactor = { totpSecret: sealSecret(DEMO_TOTP_SECRET), twoFactorEnabledAt: stamp(), recoveryCodeHashes: [] }
  // The firm first: every mail's footer reads it (email/firmFooter.ts).
  await payload.updateGlobal({ slug: 'firm', overrideAccess: true, data: DEMO_FIRM as never })
  const admin = await createUser(payload, { ...DEMO_ACCOUNTS.admin, ...demoTwoFactor })
  const advisor = await createUser(payload, { ...DEMO_ACCOUNTS.advisor, ...demoTwoFactor, phone: '+33 4 72 00 00 00' })
  await createUser(payload, { ...DEMO_ACCOUNTS.editor })

  const investors = []
  for (const investor of DEMO_ACCOUNTS.investors) {
    const user = await createUser(payload, { ...investor, advisor: advisor.id, termsAcceptedAt: stamp() })
    investors.push(user)
    // Loans come after what they finance in DEMO_ASSETS: their `finances` label is looked up here.
    const idByLabel = new Map<string, number>()
    for (const asset of DEMO_ASSETS[investor.email] ?? []) {
      const { finances, monthlyContributionCents: _plan, ...fields } = asset
      const created = await payload.create({
        collection: 'assets',
        overrideAccess: true,
        data: { ...fields, owner: user.id, financedAsset: finances ? idByLabel.get(finances) : undefined } as never,
      })
      idByLabel.set(asset.label, created.id)
      // Creating the asset recorded today's value (computed, for a quoted holding); add the months before it.
      for (const point of pastValuations({ ...asset, valueCents: created.valueCents }, new Date())) {
        await payload.create({
          collection: 'asset-valuations',
          overrideAccess: true,
          data: { asset: created.id, owner: user.id, kind: asset.kind, ownershipSharePct: 100, ...point },
        })
      }
    }
  }

  for (const prospect of DEMO_PROSPECTS) {
    await payload.create({
      collection: 'prospects',
      overrideAccess: true,
      data: {
        ...prospect,
        ownerAdvisor: advisor.id,
        notes: prospect.notes.map((body) => ({ body, author: advisor.id, writtenAt: stamp() })),
      } as never,
    })
  }

  for (const course of DEMO_COURSES) {
    await payload.create({
      collection: 'courses',
      overrideAccess: true,
      data: { ...course, _status: 'published', publishedAt: stamp() } as never,
    })
  }
  const planIds: number[] = []
  for (const plan of DEMO_PLANS) {
    const created = await payload.create({
      collection: 'plans',
      overrideAccess: true,
      data: { ...plan, features: plan.features.map((text) => ({ text })), _status: 'published' } as never,
    })
    planIds.push(created.id)
  }
  for (const page of DEMO_PAGES) {
    const layout = page.layout.map((block) => ('plans' in block && block.plans === 'all' ? { ...block, plans: planIds } : block))
    await payload.create({
      collection: 'pages',
      overrideAccess: true,
      data: { ...page, layout, _status: 'published' } as never,
    })
  }
  // The DER and lettre de mission every client is given, published (version 1; docs/decisions/041).
  for (const template of DEMO_TEMPLATES) {
    await payload.create({ collection: 'document-templates', overrideAccess: true, data: { ...template, status: 'published' } as never })
  }
  // Camille validated, Thomas waiting for the advisor, Léa drafting; some course progress (needs the courses).
  await seedClientProgress(payload, advisor, investors)
  // Camille's documents are ready to make: the advisor's comment (bilan) and a final recommendation (rapport d'adéquation).
  await seedDemoDocuments(payload, advisor, investors[0]!)
  payload.logger.info(`Demo data created (admin #${admin.id}).`)
}
