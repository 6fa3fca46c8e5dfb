import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { signInOnAdmin } from './support/signIn'

const browser = useBrowser()

describe('an advisor in the admin', () => {
  it('reads a client’s questionnaire by section, with the derived risk score', async () => {
    const payload = await testPayload()
    const advisor = (await payload.find({ collection: 'users', where: { email: { equals: 'conseiller@atlas.demo' } }, overrideAccess: true })).docs[0]!
    const client = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: uniqueEmail('client'), password: TEST_PASSWORD, name: 'Margaux Petit', role: 'investor', advisor: advisor.id, acceptTerms: true } as never,
    })
    const profile = (await payload.find({ collection: 'profiles', where: { owner: { equals: client.id } }, overrideAccess: true })).docs[0]!
    await payload.update({ collection: 'profiles', id: profile.id, data: { ...exampleAnswers(), status: 'submitted' } as never, overrideAccess: true })

    const page = await browser.newPage()
    await signInOnAdmin(page, 'conseiller@atlas.demo', 'AtlasDemo2026!')
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await page.goto(`${testEnv.cmsUrl}/admin/collections/profiles/${profile.id}`)
    await page.waitForSelector('text=Identité et famille', { timeout: 60_000 })
    const text = await page.textContent('body')
    for (const section of ['Situation professionnelle', 'Connaissances et expérience', 'Capacité à subir des pertes', 'Préférences en matière de durabilité']) {
      expect(text, section).toContain(section)
    }
    expect(await page.inputValue('input[name="riskLabel"]')).toBe('dynamique')
    expect(await page.isDisabled('input[name="riskLabel"]')).toBe(true)
    // The admin renders fields as they scroll into view.
    await page.locator('text=Capacité à subir des pertes').first().scrollIntoViewIfNeeded()
    await page.waitForSelector('input[name="capacity.lossPct"]', { timeout: 30_000 })
    await page.locator('text=Préférences en matière de durabilité').first().scrollIntoViewIfNeeded()
    await page.waitForSelector('input[name="sustainability.minSfdrPct"]', { timeout: 30_000 })
    expect(await page.inputValue('input[name="capacity.lossPct"]')).toBe('30')
    expect(await page.inputValue('input[name="sustainability.minSfdrPct"]')).toBe('20')
    expect(text).toContain('Margaux Petit')
    // The computed warnings read as sentences, not as a JSON editor loaded from a CDN (which failed offline).
    const warnings = await page.textContent('[data-testid="profile-warnings"]')
    expect(warnings).toContain('Points de vigilance')
    expect(warnings).not.toMatch(/[{}[\]]|code/)
    await browser.screenshot(page, 'admin-advisor-profile')
    await page.locator('input[name="capacity.lossPct"]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: '.screenshots/admin-advisor-profile-capacity.png' })
    expect(browser.errors()).toEqual([])
  })

  it('opens a client’s page with patrimony and chart, and never another advisor’s client', async () => {
    // Only this test's pages.
    const errorsBefore = browser.errors().length
    const payload = await testPayload()
    const advisor = (await payload.find({ collection: 'users', where: { email: { equals: 'conseiller@atlas.demo' } }, overrideAccess: true })).docs[0]!
    const mine = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: uniqueEmail('mine'), password: TEST_PASSWORD, name: 'Basile Roche', role: 'investor', advisor: advisor.id, acceptTerms: true } as never,
    })
    const otherAdvisor = await createAccount('advisor')
    const stranger = await payload.create({
      collection: 'users',
      overrideAccess: true,
      // Another advisor's client, said so: with no advisor given, the least busy one (perhaps this one) is assigned.
      data: { email: uniqueEmail('stranger'), password: TEST_PASSWORD, name: 'Client Ailleurs', role: 'investor', advisor: otherAdvisor.id, acceptTerms: true } as never,
    })
    const asset = (category: string, kind: 'asset' | 'liability', valueCents: number) =>
      payload.create({ collection: 'assets', overrideAccess: true, data: { owner: mine.id, kind, category, label: category, valueCents } as never })
    await asset('livret-a', 'asset', 12_000_00)
    await asset('main-home', 'asset', 300_000_00)
    await asset('mortgage', 'liability', 100_000_00)

    const page = await browser.newPage()
    await signInOnAdmin(page, 'conseiller@atlas.demo', 'AtlasDemo2026!')
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await page.goto(`${testEnv.cmsUrl}/admin/clients/${mine.id}`)
    await page.waitForSelector('[data-testid="client-patrimony"]', { timeout: 60_000 })
    // 12 000 + 300 000 − 100 000 = 212 000 €.
    expect((await page.textContent('[data-testid="client-net-worth"]'))?.replace(/\s/g, ' ')).toContain('212 000,00')
    expect(await page.locator('[data-testid="client-asset-group"]').count()).toBe(2)
    expect(await page.isVisible('[data-testid="client-net-worth-chart"] svg')).toBe(true)
    expect(await page.textContent('[data-testid="client-status"]')).toContain('Brouillon')
    expect(await page.locator('#validate-profile').count()).toBe(0)
    await browser.screenshot(page, 'admin-client-page')

    await page.goto(`${testEnv.cmsUrl}/admin/clients/${stranger.id}`)
    await page.waitForSelector('[data-testid="client-not-found"]', { timeout: 60_000 })
    expect(await page.textContent('body')).not.toContain('Client Ailleurs')
    expect(browser.errors().slice(errorsBefore)).toEqual([])
  })
})
