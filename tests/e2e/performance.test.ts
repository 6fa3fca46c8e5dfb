import { beforeAll, describe, expect, it } from 'vitest'
import { addMonths, monthKeyParis } from '@atlas/shared/finance/dates'
import { TEST_PASSWORD, createAccount, type Account } from '../support/accounts'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { signInOnWeb } from './support/signIn'

const browser = useBrowser()

/*
 * An investor with a year of history (points dated through the hooks' `valuedAt`):
 *   PEA        14 months ago 20 000 € / 18 000 € paid in, last month 24 000 € / 21 000 € — opened 01/09/2021
 *              line: 24 000 − 21 000 = +3 000,00 € (+14,3 %); period: (24 000 − 20 000) − (21 000 − 18 000) = +1 000,00 €
 *   AV euros   3 months ago 10 000 € / 10 000 €, owned 50 %; last month 10 250 €
 *              line: 5 125 − 5 000 = +125,00 € (+2,5 %), under a year: no yearly rate; period: +125,00 €
 *   CTO        2 months ago 11 000 € / 12 000 €: line −1 000,00 € (−8,3 %); period 0
 *   Livret A   no versements: "—", left out
 *   Crédit     a loan: no gain, not counted
 * Overall: (24 000 + 5 125 + 11 000) − (21 000 + 5 000 + 12 000) = 40 125 − 38 000 = +2 125,00 € (+5,6 %)
 * Period:  +1 000 + 125 + 0 = +1 125,00 €
 */
describe('an investor sees how their investments are doing', () => {
  let investor: Account
  beforeAll(async () => {
    const payload = await testPayload()
    investor = await createAccount('investor', { name: 'Inès Performance' })
    const owner = investor.id
    const thisMonth = monthKeyParis(new Date())
    const mid = (ago: number) => `${addMonths(thisMonth, -ago)}-15T10:00:00.000Z`
    const create = (data: Record<string, unknown>, ago: number) =>
      payload.create({ collection: 'assets', overrideAccess: true, data: { owner, ...data } as never, context: { valuedAt: mid(ago) } })
    const update = (id: number, data: Record<string, unknown>, ago: number) =>
      payload.update({ collection: 'assets', id, overrideAccess: true, data, context: { valuedAt: mid(ago) } })

    const pea = await create(
      { kind: 'asset', category: 'pea', label: 'PEA Bourse', valueCents: 2_000_000, contributionsCents: 1_800_000, openedAt: '2021-09-01T00:00:00.000Z' },
      14,
    )
    await update(pea.id, { valueCents: 2_400_000, contributionsCents: 2_100_000 }, 1)
    const av = await create(
      { kind: 'asset', category: 'life-insurance-euro', label: 'Assurance-vie fonds euros', valueCents: 1_000_000, contributionsCents: 1_000_000, ownershipSharePct: 50, openedAt: mid(3) },
      3,
    )
    await update(av.id, { valueCents: 1_025_000 }, 1)
    await create({ kind: 'asset', category: 'securities-account', label: 'Compte-titres', valueCents: 1_100_000, contributionsCents: 1_200_000 }, 2)
    await create({ kind: 'asset', category: 'livret-a', label: 'Livret A', valueCents: 500_000 }, 2)
    await create({ kind: 'liability', category: 'consumer-loan', label: 'Crédit auto', valueCents: 800_000 }, 2)
  })

  it('shows each holding’s gain or loss with its sign and word, and the dashboard’s performance card', async () => {
    const page = await browser.newPage({ width: 1366 })
    await signInOnWeb(page, investor.email, TEST_PASSWORD)

    await page.goto(`${testEnv.webUrl}/portail/patrimoine`)
    const gainOf = (label: string) => page.locator(`[data-testid="patrimony-line"]:has-text("${label}") [data-testid="holding-gain"]`).textContent()
    expect(await gainOf('PEA Bourse')).toMatch(/^Gain \+3\s000,00\s€ \(\+14,3\s%\) depuis l’ouverture \(01\/09\/2021\)Environ \+\d,\d\s% par an — approximatif/)
    expect(await gainOf('Assurance-vie fonds euros')).toMatch(/^Gain \+125,00\s€ \(\+2,5\s%\) depuis l’ouverture \(\d{2}\/\d{2}\/\d{4}\)$/)
    expect(await gainOf('Compte-titres')).toMatch(/^Perte −1\s000,00\s€ \(−8,3\s%\)$/)
    expect(await page.locator('[data-testid="patrimony-line"]:has-text("Compte-titres") .gain-loss').count()).toBe(1)
    expect(await gainOf('Livret A')).toBe('Gain : — (versements non renseignés)')
    expect(await page.locator('[data-testid="patrimony-line"]:has-text("Crédit auto") [data-testid="holding-gain"]').count()).toBe(0)
    await browser.screenshot(page, 'performance-patrimony-1366')

    await page.goto(`${testEnv.webUrl}/portail`)
    expect(await page.textContent('[data-testid="performance-total"]')).toMatch(/^Gain \+2\s125,00\s€ \(\+5,6\s%\)$/)
    expect(await page.textContent('[data-testid="performance-period"]')).toMatch(/^Gain \+1\s125,00\s€$/)
    const firstDay = `01/${addMonths(monthKeyParis(new Date()), -11).slice(5)}/${addMonths(monthKeyParis(new Date()), -11).slice(0, 4)}`
    expect(await page.textContent('[data-testid="performance-card"]')).toContain(`Sur 12 mois (depuis le ${firstDay})`)
    expect(await page.textContent('[data-testid="performance-left-out"]')).toBe('1 placement sans versements renseignés est laissé de côté.')
    // "Ce qui est compté" opens without JavaScript: a details element.
    expect(await page.locator('[data-testid="performance-counted"] li').first().isVisible()).toBe(false)
    await page.click('[data-testid="performance-counted"] summary')
    expect(await page.textContent('[data-testid="performance-counted"]')).toContain('Les prêts et dettes sont exclus.')
    expect(await page.textContent('[data-testid="performance-counted"]')).toContain('(en ce moment : 1)')
    await browser.screenshot(page, 'performance-dashboard-1366')
    expect(browser.errors()).toEqual([])
  })

  it('stays readable on a 390 px phone', async () => {
    const page = await browser.newPage({ width: 390 })
    await signInOnWeb(page, investor.email, TEST_PASSWORD)
    await page.goto(`${testEnv.webUrl}/portail/patrimoine`)
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
    expect(await overflow()).toBe(false)
    await browser.screenshot(page, 'performance-patrimony-390')
    await page.goto(`${testEnv.webUrl}/portail`)
    await page.click('[data-testid="performance-counted"] summary')
    expect(await overflow()).toBe(false)
    await browser.screenshot(page, 'performance-dashboard-390')
    expect(browser.errors()).toEqual([])
  })
})
