import { describe, expect, it } from 'vitest'
import type { DocumentTemplate } from '../../shared/src/payload-types'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../cms/src/seed/demoAccounts'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { adminUrl, signInToAdmin } from './support/staffLogin'

const browser = useBrowser()

/** Decision 041: the admin edits the DER beside the list of merge fields; a field not in the list is refused at the text, nothing saved. */
describe('document templates in the admin', () => {
  it('shows the merge fields beside the editor and refuses an unknown one in French', async () => {
    const payload = await testPayload()
    const der = (
      await payload.find({ collection: 'document-templates', overrideAccess: true, depth: 0, sort: 'createdAt', limit: 1, where: { title: { equals: 'Document d’entrée en relation' } } })
    ).docs[0] as DocumentTemplate

    const page = await browser.newPage()
    await signInToAdmin(page, DEMO_ACCOUNTS.admin.email, DEMO_PASSWORD)
    await page.goto(`${adminUrl()}/admin/collections/document-templates/${der.id}`)
    const list = page.locator('[data-testid="template-placeholders"]')
    await list.waitFor({ timeout: 60_000 })
    const listed = (await list.textContent()) ?? ''
    expect(listed).toContain('Champs de fusion')
    expect(listed).toContain('{{cabinet.orias}}')
    expect(listed).toContain('Numéro ORIAS')
    expect(listed).toContain('{{client.date_naissance}}')
    await browser.screenshot(page, 'admin-document-template')

    const editor = page.locator('[data-lexical-editor="true"][contenteditable="true"]').first()
    await editor.waitFor({ timeout: 60_000 })
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Bonjour {{client.prenom}}.')
    // The editor hands its text to the form after a debounce; under load a save can go with a few letters less.
    await page.waitForLoadState('networkidle')
    await page.click('#action-save')
    await page.locator('.payload-toast-container .toast-error').waitFor({ timeout: 60_000 })
    await page.waitForFunction(() => document.body.textContent?.includes('Champ de fusion inconnu'), null, { timeout: 60_000 })
    // The refusal names the unknown field as it was saved ("client.prenom", or a shorter "{{client." when the save
    // outran the editor's debounce); the exact naming is proven over HTTP in cms/tests/documentTemplates.test.ts.
    expect(await page.textContent('body')).toMatch(/Champ de fusion inconnu : « (client\.prenom|\{\{client\.[a-z]*) »/)
    await browser.screenshot(page, 'admin-document-template-refused')

    const stored = (await payload.findByID({ collection: 'document-templates', id: der.id, overrideAccess: true, depth: 0 })) as DocumentTemplate
    expect(JSON.stringify(stored.body)).not.toContain('client.prenom')
    expect(stored.version).toBe(der.version)
    await page.close()
  })
})
