import { describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../cms/src/seed/demoAccounts'
import { manualDraft } from '../../cms/tests/invoiceFixtures'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { adminUrl, signInToAdmin } from './support/staffLogin'

const browser = useBrowser()

/** Issue #13: an admin issues a drafted invoice from its edit view; the issued one offers its PDF and is read-only. */
describe('invoices in the admin', () => {
  it('"Émettre la facture" gives the draft its FA number and a PDF to download', async () => {
    const payload = await testPayload()
    const camille = (await payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: DEMO_ACCOUNTS.investors[0]!.email } } })).docs[0]!
    const draft = await payload.create({ collection: 'invoices', overrideAccess: true, data: { ...manualDraft(Number(camille.id)), status: 'draft' } })

    const page = await browser.newPage()
    await signInToAdmin(page, DEMO_ACCOUNTS.admin.email, DEMO_PASSWORD)
    await page.goto(`${adminUrl()}/admin/collections/invoices/${draft.id}`)
    const issue = page.locator('#issue-invoice')
    await issue.waitFor({ timeout: 60_000 })
    await issue.click()
    const download = page.locator('#download-invoice-pdf')
    await download.waitFor({ timeout: 60_000 })

    const issued = await payload.findByID({ collection: 'invoices', id: draft.id, overrideAccess: true })
    expect(issued.status).toBe('issued')
    expect(issued.number).toMatch(/^FA-\d{4}-\d{6}$/)
    // The link downloads the PDF with the admin's own session.
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), download.click()])
    expect(file.suggestedFilename()).toBe(`${issued.number}.pdf`)
    await page.close()
  })
})
