import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { useBrowser } from './support/browser'
import { signUpOnWeb } from './support/signUp'
import { fillKnowledgeFamilies } from './support/questionnaire'
import { ASSETS, NET_WORTH, addAsset } from './support/patrimony'

const browser = useBrowser()

const next = (page: Page, url: RegExp) => Promise.all([page.waitForURL(url), page.click('[data-testid="next"]')])
const choose = (page: Page, name: string, value: string) => page.check(`input[name="${name}"][value="${value}"]`)

/** 'YYYY-MM-15' two years after the current Paris month: 24 months left, whatever day the suite runs. */
const inTwoYears = () => {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
  return `${Number(year) + 2}-${month}-15`
}

const signUp = (page: Page) => signUpOnWeb(page, { name: 'Claire Dubois', email: uniqueEmail('claire') })

describe('the suitability questionnaire', () => {
  it('an investor signs up, completes the nine steps, adds five assets and a loan: profile, net worth, budget and goals', async () => {
    const page = await browser.newPage()
    await signUp(page)
    expect(await page.textContent('[data-testid="questionnaire-card"]')).toContain('Questionnaire complété à 0 %')
    await Promise.all([page.waitForURL(/\/portail\/questionnaire\/identite$/), page.click('a[href="/portail/questionnaire"] >> nth=0')])

    await page.fill('input[name="identity.birthDate"]', '1980-05-17')
    await page.selectOption('select[name="identity.maritalStatus"]', 'married')
    await page.selectOption('select[name="identity.matrimonialRegime"]', 'communaute-reduite-aux-acquets')
    await page.fill('input[name="identity.dependants"]', '2')
    await page.selectOption('select[name="identity.residenceCountry"]', 'FR')
    await page.selectOption('select[name="identity.taxResidence"]', 'FR')
    await browser.screenshot(page, 'questionnaire-identity-1280')
    await next(page, /profession$/)

    await page.fill('input[name="work.profession"]', 'Ingénieure')
    await page.selectOption('select[name="work.employmentStatus"]', 'employee')
    await page.selectOption('select[name="work.employerSector"]', 'industry')
    await page.selectOption('select[name="work.educationLevel"]', 'master')
    await page.fill('input[name="work.targetRetirementAge"]', '64')
    await next(page, /revenus$/)

    await page.selectOption('select[name="income.0.source"]', 'salary')
    await page.fill('input[name="income.0.label"]', 'Salaire net')
    await page.fill('input[name="income.0.amountCents"]', '3 500')
    await page.selectOption('select[name="income.0.frequency"]', 'monthly')
    await page.click('[data-testid="add-income"]')
    await page.waitForSelector('input[name="income.1.label"]')
    expect(await page.inputValue('input[name="income.0.amountCents"]')).toBe('3 500')
    await page.selectOption('select[name="income.1.source"]', 'bonus')
    await page.fill('input[name="income.1.label"]', 'Prime annuelle')
    await page.fill('input[name="income.1.amountCents"]', '6000')
    await page.selectOption('select[name="income.1.frequency"]', 'yearly')
    await next(page, /charges$/)

    for (const [name, euros] of [['housingCents', '900'], ['loanRepaymentsCents', '300'], ['livingCostsCents', '1 200'], ['incomeTaxCents', '3 000'], ['ifiCents', '0']]) {
      await page.fill(`input[name="expenses.${name}"]`, euros!)
    }
    // A wrong amount is refused at its field and nothing typed is lost.
    await page.fill('input[name="expenses.ifiCents"]', 'beaucoup')
    await page.click('[data-testid="next"]')
    await page.waitForSelector('input[name="expenses.ifiCents"][aria-invalid="true"]')
    expect(await page.inputValue('input[name="expenses.livingCostsCents"]')).toBe('1 200')
    await page.fill('input[name="expenses.ifiCents"]', '0')
    await next(page, /connaissances$/)

    await fillKnowledgeFamilies(page, (index) => ({ knows: index === 0 || index === 5, traded: index === 0 }))

    await page.check('input[name="objectives.purposes"][value="retirement"]')
    await page.fill('input[name="objectives.horizonYears"]', '6')
    await choose(page, 'objectives.liquidityNeed', 'low')
    await page.click('[data-testid="add-objectives.goals"]')
    await page.waitForSelector('input[name="objectives.goals.0.name"]')
    expect(await page.inputValue('input[name="objectives.horizonYears"]')).toBe('6')
    await page.fill('input[name="objectives.goals.0.name"]', 'Apport résidence secondaire')
    await page.fill('input[name="objectives.goals.0.targetCents"]', '24 000')
    await page.fill('input[name="objectives.goals.0.targetDate"]', inTwoYears())
    await page.selectOption('select[name="objectives.goals.0.priority"]', 'high')
    await next(page, /risque$/)

    await choose(page, 'riskTolerance.lossReaction', 'hold')
    await choose(page, 'riskTolerance.tradeOff', 'balanced')
    await choose(page, 'riskTolerance.volatilityComfort', '3')
    await next(page, /capacite-de-perte$/)

    await page.fill('input[name="capacity.lossPct"]', '30')
    await next(page, /durabilite$/)

    await page.fill('input[name="sustainability.minTaxonomyPct"]', '10')
    await page.fill('input[name="sustainability.minSfdrPct"]', '20')
    await choose(page, 'sustainability.paiConsidered', 'no')
    await next(page, /relecture$/)

    await Promise.all([page.waitForURL(/\/portail\/profil$/), page.click('[data-testid="submit-questionnaire"]')])
    // horizon 6 → 6, hold → 4, balanced → 4, comfort 3 → 2: 16 → 5; knows funds without trading them: capped at 5.
    expect(await page.textContent('[data-testid="risk-score"]')).toContain('5 sur 7 — dynamique')
    expect(await page.textContent('[data-testid="profile-completion"]')).toContain('Complété à 100 %')
    expect(await page.textContent('[data-testid="profile-status"]')).toContain('Envoyé à votre conseiller')
    // (12 × 3 500 + 6 000) / 12 = 4 000 € ; (12 × 2 400 + 3 000) / 12 = 2 650 € ; 4 000 − 2 650 = 1 350 €
    expect(await page.textContent('[data-testid="monthly-income"]')).toMatch(/4\s000,00\s€/)
    expect(await page.textContent('[data-testid="savings-capacity"]')).toMatch(/1\s350,00\s€/)
    await browser.screenshot(page, 'profile-page-1280')

    await Promise.all([page.waitForURL(/\/portail$/), page.click('nav a[href="/portail"]')])
    expect(await page.textContent('[data-testid="questionnaire-card"]')).toContain('Questionnaire complet.')
    expect(await page.textContent('[data-testid="budget-card"]')).toMatch(/1\s350,00\s€/)
    await page.waitForSelector('[data-testid="budget-card"] svg rect[data-testid^="bar.item"]')
    // The bars are in the HTML the server sent, before any script ran: nothing is drawn later, nothing shifts.
    const served = await (await page.request.get(`${testEnv.webUrl}/portail`)).text()
    expect(served).toMatch(/data-testid="budget-chart"[\s\S]*?<rect[^>]*data-testid="bar\.item/)
    // Goal: 24 000 € in 24 months, no return assumed → 1 000,00 € a month; savings capacity 1 350 € → margin 350,00 €.
    expect(await page.textContent('[data-testid="goal-row"]')).toMatch(/1\s000,00\s€ par mois/)
    expect(await page.textContent('[data-testid="goals-verdict"]')).toMatch(/marge : 350,00\s€/)
    await browser.screenshot(page, 'dashboard-questionnaire-widgets-1280')

    for (const asset of ASSETS) await addAsset(page, asset)
    await page.goto(`${testEnv.webUrl}/portail`)
    expect(await page.textContent('[data-testid="net-worth"]')).toMatch(NET_WORTH)
    await page.waitForSelector('[data-testid="net-worth-chart"] svg')
    expect(await page.locator('.chart-svg').count()).toBeGreaterThanOrEqual(2)
    await browser.screenshot(page, 'investor-journey-dashboard-1280')
    expect(browser.errors()).toEqual([])
  })

  it('a step reads well on a phone', async () => {
    const page = await browser.newPage({ width: 375 })
    await signUp(page)
    await page.goto(`${testEnv.webUrl}/portail/questionnaire/revenus`)
    await page.click('[data-testid="next"]')
    await page.waitForSelector('.field-error')
    expect(await page.textContent('form.questionnaire-form')).toContain('Indiquez au moins une source de revenus')
    expect(await page.isVisible('select[name="income.0.source"]')).toBe(true)
    await browser.screenshot(page, 'questionnaire-income-errors-375')
    await page.goto(`${testEnv.webUrl}/portail/questionnaire/connaissances`)
    await browser.screenshot(page, 'questionnaire-knowledge-375')
    await page.goto(`${testEnv.webUrl}/portail/profil`)
    await browser.screenshot(page, 'profile-page-375')
    expect(browser.errors()).toEqual([])
  })
})
