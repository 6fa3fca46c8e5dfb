import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount } from '../support/accounts'
import { giveExampleFigures } from '../support/assistant'
import { useBrowser } from './support/browser'
import { signInOnWeb } from './support/signIn'

const browser = useBrowser()

declare global {
  interface Window {
    answerLengths?: number[]
  }
}

describe('assistant, end to end (offline mode: the test stack has no OpenAI key)', () => {
  it('an investor asks about their net worth and watches the answer stream in, labelled offline', async () => {
    const investor = await createAccount('investor', { name: 'Églantine Curieuse' })
    await giveExampleFigures(investor)
    const page = await browser.newPage()
    await signInOnWeb(page, investor.email, TEST_PASSWORD)

    await page.click('[data-testid="nav-assistant"]')
    await page.waitForURL(/\/portail\/assistant$/)
    await Promise.all([page.waitForURL(/\/portail\/assistant\/\d+$/), page.click('[data-testid="new-conversation"]')])
    await page.waitForLoadState('networkidle')

    // Record the streaming answer's length at every change of the page.
    await page.evaluate(() => {
      window.answerLengths = []
      new MutationObserver(() => {
        const streaming = document.querySelector('[data-testid="streaming-answer"] .answer-text')
        if (streaming) window.answerLengths!.push(streaming.textContent?.length ?? 0)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    await page.fill('[data-testid="question"]', 'Quel est mon patrimoine net ?')
    const [streamResponse] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/flux')),
      page.click('[data-testid="send"]'),
    ])
    expect(streamResponse.headers()['content-type']).toContain('text/event-stream')

    const answer = page.locator('[data-testid="message-assistant"]').last()
    await answer.waitFor({ timeout: 30_000 })
    await expect.poll(() => answer.textContent()).toContain('Votre patrimoine net est de 125\u202f000,00\u00a0€')
    expect(await answer.locator('[data-testid="offline-label"]').textContent()).toBe('Mode hors ligne')
    expect(await answer.locator('strong', { hasText: '125' }).textContent()).toBe('125\u202f000,00\u00a0€')

    const lengths = await page.evaluate(() => window.answerLengths ?? [])
    const finalLength = (await answer.locator('.answer-text').textContent())!.length
    const growing = [...new Set(lengths)].filter((n) => n > 0 && n < finalLength)
    expect(growing.length, `lengths seen while streaming: ${lengths.join(',')}`).toBeGreaterThan(1)
    expect(await page.locator('[data-testid="question"]').inputValue()).toBe('')
    await browser.screenshot(page, 'assistant-answer')

    // The conversation is listed, and survives a reload.
    await page.reload()
    expect(await page.locator('[data-testid="conversation-link"]').first().textContent()).toContain('Quel est mon patrimoine net ?')
    expect(await page.locator('[data-testid="message-assistant"]').count()).toBe(1)
    expect(browser.errors()).toEqual([])
  })

  it('shows the field error for a too long question without losing it, then deletes the conversation after confirming', async () => {
    const investor = await createAccount('investor')
    const page = await browser.newPage({ width: 375 })
    await signInOnWeb(page, investor.email, TEST_PASSWORD)
    await page.goto(page.url().replace(/\/portail.*$/, '/portail/assistant'))
    await Promise.all([page.waitForURL(/\/portail\/assistant\/\d+$/), page.click('[data-testid="new-conversation"]')])
    await page.waitForLoadState('networkidle')

    const long = `Pourquoi ${'épargner '.repeat(250)}`
    await page.fill('[data-testid="question"]', long)
    await page.click('[data-testid="send"]')
    await expect.poll(() => page.locator('#field-content-error').textContent()).toContain('Votre question dépasse 2\u202f000 caractères')
    expect(await page.locator('[data-testid="question"]').inputValue()).toBe(long)
    await browser.screenshot(page, 'assistant-too-long-375')

    await page.click('[data-testid="suggestion"] >> nth=3')
    await page.locator('[data-testid="message-assistant"]').waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-testid="message-assistant"]').textContent()).toContain('PEA')

    await page.click('[data-testid="delete-conversation"]')
    await page.waitForURL(/\/supprimer$/)
    await Promise.all([page.waitForURL(/\/portail\/assistant\?supprime=1$/), page.click('[data-testid="confirm-delete"]')])
    expect(await page.locator('[data-testid="deleted"]').textContent()).toBe('La conversation a été supprimée.')
    expect(await page.locator('[data-testid="conversation-link"]').count()).toBe(0)
    expect(browser.errors()).toEqual([])
  })
})
