import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { KNOWLEDGE_FAMILIES } from '@atlas/shared/profile/questionnaire'
import { uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { signUpOnWeb } from './support/signUp'

/**
 * Issue #12, defect 10: the knowledge step one family of products per page,
 * each product explained in one line; a refused family loses nothing saved;
 * the review page says each error once.
 */
const browser = useBrowser()
const choose = (page: Page, name: string, value: string) => page.check(`input[name="${name}"][value="${value}"]`)
const KNOWLEDGE = `${testEnv.webUrl}/portail/questionnaire/connaissances`

const storedKnowledge = async (email: string) => {
  const payload = await testPayload()
  const user = (await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).docs[0]!
  const profile = (await payload.find({ collection: 'profiles', where: { owner: { equals: user.id } }, overrideAccess: true })).docs[0]!
  return (profile.knowledge ?? []) as { productClass: string; knows?: boolean | null }[]
}

describe('the knowledge step, by family of products', () => {
  it('shows one family per page with each product explained, and saves a family without losing the others', async () => {
    for (const width of [1366, 390]) {
      const email = uniqueEmail('famille')
      const page = await browser.newPage({ width })
      await signUpOnWeb(page, { name: 'Inès Martin', email })
      await page.goto(KNOWLEDGE)
      // First family only: the savings products, each with its sentence.
      const classes = await page.$$eval('[data-testid="knowledge-row"]', (rows) => rows.map((row) => row.getAttribute('data-class')))
      expect(classes).toEqual(KNOWLEDGE_FAMILIES[0]!.classes)
      expect(await page.$$eval('[data-testid="knowledge-explain"]', (lines) => lines.map((line) => line.textContent ?? ''))).toEqual([
        expect.stringContaining('Livret A'), expect.stringContaining('assurance vie'), expect.stringContaining('assurance vie'),
      ])
      expect(await page.$$eval('form.questionnaire-form input:not([type="hidden"]), form.questionnaire-form select', (els) => els.length)).toBeLessThan(40)
      expect(await page.textContent('[data-testid="family-title"]')).toContain(`Famille 1 sur ${KNOWLEDGE_FAMILIES.length}`)
      await browser.screenshot(page, `questionnaire-knowledge-family-${width}`)

      // Savings answered: saved, on to equities and funds.
      for (const index of [0, 1, 2]) {
        await choose(page, `knowledge.${index}.knows`, 'yes')
        await choose(page, `knowledge.${index}.hasTraded`, 'no')
        await choose(page, `knowledge.${index}.frequency`, 'never')
        await page.selectOption(`select[name="knowledge.${index}.volumeBand"]`, 'none')
        await choose(page, `knowledge.${index}.withinThreeYears`, 'no')
      }
      await Promise.all([page.waitForURL(/connaissances\?famille=actions-fonds$/), page.click('[data-testid="next"]')])
      // The URL changes before React commits the next family (router updates run in a transition).
      await page.waitForSelector('[data-testid="knowledge-row"][data-class="equities"]')
      expect(await page.$$eval('[data-testid="knowledge-row"]', (rows) => rows.map((row) => row.getAttribute('data-class')))).toEqual(['equities', 'funds-etf'])

      // Equities "traded" but "never": refused at that field, once; the savings answers stay saved.
      await choose(page, 'knowledge.3.knows', 'yes')
      await choose(page, 'knowledge.3.hasTraded', 'yes')
      await choose(page, 'knowledge.3.frequency', 'never')
      await page.selectOption('select[name="knowledge.3.volumeBand"]', 'none')
      await choose(page, 'knowledge.3.withinThreeYears', 'yes')
      await page.click('[data-testid="next"]')
      await page.waitForSelector('.field-error')
      const shown = await page.$$eval('.field-error, [role="alert"]', (errors) => errors.map((e) => e.textContent ?? ''))
      expect(shown.filter((text) => text.includes('indiquez à quelle fréquence'))).toHaveLength(1)
      expect(await page.textContent('[data-class="equities"]')).toContain('indiquez à quelle fréquence')
      expect(await page.isChecked('input[name="knowledge.3.hasTraded"][value="yes"]')).toBe(true)
      await browser.screenshot(page, `questionnaire-knowledge-family-error-${width}`)
      const stored = await storedKnowledge(email)
      expect(stored.filter((row) => ['savings-accounts', 'euro-funds', 'unit-linked'].includes(row.productClass)).map((row) => row.knows)).toEqual([true, true, true])

      // Back to the first family: its answers are there.
      await page.goto(`${KNOWLEDGE}?famille=epargne`)
      expect(await page.isChecked('input[name="knowledge.0.knows"][value="yes"]')).toBe(true)
    }
    expect(browser.errors()).toEqual([])
  })

  it('the review page says each missing step once', async () => {
    const page = await browser.newPage({ width: 390 })
    await signUpOnWeb(page, { name: 'Paul Leroy', email: uniqueEmail('relecture') })
    await page.goto(`${testEnv.webUrl}/portail/questionnaire/relecture`)
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('relecture') && response.request().method() === 'POST'),
      page.click('[data-testid="submit-questionnaire"]'),
    ])
    await page.waitForLoadState('networkidle')
    expect(await page.$$('.alert-error')).toHaveLength(1)
    const text = await page.textContent('[data-testid="missing-steps"]')
    expect(text).toContain('Connaissances')
    expect(await page.getAttribute('[data-testid="missing-steps"] a >> nth=0', 'href')).toBe('/portail/questionnaire/identite')
    await browser.screenshot(page, 'questionnaire-review-errors-390')
  })
})
