import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount } from '../support/accounts'
import { readyDocument } from '../support/documents'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { pdfText } from '../support/pdfText'
import { useBrowser } from './support/browser'
import { pageOverflow } from './support/overflow'
import { signInOnWeb } from './support/signIn'

/**
 * An investor signs their lettre de mission in Chromium (decision 042): "Mes
 * documents" lists it "À signer" and follows a document being prepared
 * without a reload; the document page shows the PDF and the form; a refusal
 * keeps the name; the signature shows its evidence and the signed copy.
 * The documents are written through the Local API as core's job leaves them
 * (tests/support/documents.ts): the renderers belong to other parts of issue 14.
 */
describe('signing a document in the portal', () => {
  const { newPage, screenshot } = useBrowser()

  it('lists, follows the preparation, signs the lettre de mission and shows the evidence, at 1366 and 390 px', async () => {
    const advisor = await createAccount('advisor')
    const investor = await createAccount('investor', { advisor: advisor.id, name: 'Hélène Faure' })
    const letter = await readyDocument(investor.id, 'lettreMission', { body: 'Mission : conseil en investissements financiers.' })
    const preparing = await readyDocument(investor.id, 'bilan', { status: 'rendering' })

    const page = await newPage({ width: 1366 })
    await signInOnWeb(page, investor.email, TEST_PASSWORD)
    await page.click('[data-testid="nav-documents"]')
    await page.waitForURL(/\/portail\/documents$/)
    const letterRow = page.locator('[data-testid="document"][data-kind="lettreMission"]')
    await expect(letterRow.locator('[data-testid="to-sign"]').textContent()).resolves.toBe('À signer')
    const bilanRow = page.locator('[data-testid="document"][data-kind="bilan"]')
    await expect(bilanRow.locator('[data-testid="document-status"]').textContent()).resolves.toContain('En préparation… 40 %')

    // The job finishes: the list shows it without a reload.
    const payload = await testPayload()
    const finished = await readyDocument(investor.id, 'bilan', { version: 2 })
    const row = await payload.findByID({ collection: 'client-documents', id: finished.id, overrideAccess: true, depth: 0 })
    await payload.update({ collection: 'client-documents', id: preparing.id, overrideAccess: true, context: { documentJob: true }, data: { status: 'ready', progress: 100, file: row.file, sha256: row.sha256, pageCount: row.pageCount, readyAt: new Date().toISOString() } as never })
    await page.locator(`[data-testid="document"][data-kind="bilan"][data-version="1"] [data-status="ready"]`).waitFor({ timeout: 15_000 })
    await screenshot(page, 'documents-list-1366')

    await letterRow.locator('[data-testid="open-document"]').click()
    await page.waitForURL(new RegExp(`/portail/documents/${letter.id}$`))
    await expect(page.locator('[data-testid="document-viewer"]').getAttribute('src')).resolves.toBe(`/portail/documents/${letter.id}/pdf?inline=1`)

    // A wrong password: the name and the consent stay, the password is emptied, the error is at its field.
    await page.fill('input[name="name"]', 'hélène faure')
    await page.check('input[name="consent"]')
    await page.fill('input[name="password"]', 'not-my-password-1')
    await page.click('[data-testid="sign-form"] button[type="submit"]')
    await page.locator('#field-password-error').waitFor()
    await expect(page.locator('#field-password-error').textContent()).resolves.toBe('Ce mot de passe n’est pas le bon.')
    await expect(page.inputValue('input[name="name"]')).resolves.toBe('hélène faure')
    await expect(page.isChecked('input[name="consent"]')).resolves.toBe(true)
    await expect(page.inputValue('input[name="password"]')).resolves.toBe('')

    await page.fill('input[name="password"]', TEST_PASSWORD)
    await page.click('[data-testid="sign-form"] button[type="submit"]')
    await page.locator('[data-testid="signature-evidence"]').waitFor()
    const evidence = await page.locator('[data-testid="signature-evidence"]').textContent()
    expect(evidence).toContain('hélène faure')
    expect(evidence).toContain('Mot de passe du compte')
    expect(evidence).toContain(letter.sha)
    // The browser that signed is the one recorded (web forwards it), not web's own HTTP client.
    expect(evidence).toMatch(/Chrome/)
    await expect(page.locator('[data-testid="sign-form"]').count()).resolves.toBe(0)
    await screenshot(page, 'documents-signed-1366')

    const copy = await page.request.get(`${testEnv.webUrl}/portail/documents/${letter.id}/pdf?copy=signed`)
    expect(copy.status()).toBe(200)
    const bytes = await copy.body()
    const text = await pdfText(bytes)
    expect(text).toContain('Mission : conseil en investissements financiers.')
    expect(text).toContain('Page de signature')
    expect(text).toContain('hélène faure')
    const stored = await payload.findByID({ collection: 'client-documents', id: letter.id, overrideAccess: true, depth: 0 })
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored.signature?.signedCopySha256)

    const told = await payload.find({ collection: 'notifications', overrideAccess: true, where: { recipient: { equals: advisor.id }, event: { equals: 'documentSigned' } } })
    expect(told.docs[0]?.title).toBe(`Hélène Faure a signé « ${letter.title} »`)

    // 390 px: nothing wider than the screen, on the list and on the signed document.
    const narrow = await newPage({ width: 390 })
    await signInOnWeb(narrow, investor.email, TEST_PASSWORD)
    for (const path of ['/portail/documents', `/portail/documents/${letter.id}`]) {
      await narrow.goto(`${testEnv.webUrl}${path}`)
      await screenshot(narrow, `documents-390${path.replaceAll('/', '-')}`)
      expect(await pageOverflow(narrow)).toMatchObject({ offenders: [], scrollWidth: expect.toSatisfy((width: number) => width <= 390) })
    }
  })
})
