import { describe, expect, it } from 'vitest'
import { uniqueEmail } from '../support/accounts'
import { testEnv } from '../support/env'
import { lastMailTo } from '../support/outbox'
import { useBrowser } from './support/browser'
import { pageOverflow } from './support/overflow'
import { openVerificationLink, submitSignUp } from './support/signUp'
import { TEST_PASSWORD } from '../support/accounts'
import { readFile } from 'node:fs/promises'
import { makeCourse } from '../support/courses'
import { makePlan, PATRIMOINE } from '../support/entitlements'
import { pdfText } from '../support/pdfText'

const browser = useBrowser()

/** Issue #13, done means: a visitor picks "Patrimoine" on /tarifs, signs up, pays on the demo checkout and manages the subscription. */
describe('subscribing to Patrimoine', () => {
  it('goes from /tarifs through sign-up and the demo checkout to "Mon abonnement", the failed-payment banner and the cancellation', async () => {
    const page = await browser.newPage({ width: 1366 })
    const email = uniqueEmail('patrimoine')
    const topic = `premium-${Math.random().toString(36).slice(2, 8)}`
    const premium = await makeCourse({ premium: true, topic, title: `Formation ${topic}` })

    await page.goto(`${testEnv.webUrl}/tarifs`)
    // The card whose heading is "Patrimoine" (other cards mention "patrimoine" in their features).
    const patrimoine = page.locator('[data-testid="plan"]', { has: page.locator('.plan-name', { hasText: /^Patrimoine$/ }) })
    await Promise.all([page.waitForURL(/\/abonnement\/choisir\?offre=\d+&periode=mois$/), patrimoine.locator('[data-testid="plan-choose"]').click()])
    const choiceUrl = new URL(page.url())
    expect(await page.getAttribute('[data-testid="plan-choice"]', 'data-plan')).toBe('Patrimoine')
    expect(await page.textContent('[data-testid="price-incl-vat"]')).toContain('29')
    expect(await page.textContent('[data-testid="price-excl-vat"]')).toContain('HT')
    await browser.screenshot(page, 'billing-choice-signed-out-1366')

    // Sign up from the choice page; after the mail's link, the login comes back to it.
    await Promise.all([page.waitForURL(/\/inscription\?redirectTo=/), page.click('[data-testid="choose-signup"]')])
    const signUpUrl = page.url()
    await submitSignUp(page, { name: 'Hélène Patrimoine', email }, signUpUrl)
    await openVerificationLink(page, email)
    await Promise.all([page.waitForURL(/\/connexion\?redirectTo=/), page.click('[data-testid="verified-login"]')])
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', TEST_PASSWORD)
    await Promise.all([page.waitForURL((url) => url.pathname === '/abonnement/choisir'), page.click('form.form button[type="submit"]')])
    expect(new URL(page.url()).search).toBe(choiceUrl.search)

    // Before paying, the premium course is locked.
    await page.goto(`${testEnv.webUrl}/formation/${premium.slug}`)
    await page.locator('[data-testid="course-locked-premium"]').waitFor()
    await page.goto(`${testEnv.webUrl}${choiceUrl.pathname}${choiceUrl.search}`)

    // The yearly switch, then back to monthly, and pay.
    await Promise.all([page.waitForURL(/periode=an$/), page.click('[data-testid="interval-switch"] >> text=Annuel')])
    // The URL changes with the navigation; the price follows when its loader's answer renders: wait for it.
    await page.locator('[data-testid="price-incl-vat"]', { hasText: '/ an' }).waitFor()
    await Promise.all([page.waitForURL(/periode=mois$/), page.click('[data-testid="interval-switch"] >> text=Mensuel')])
    await page.locator('[data-testid="price-incl-vat"]', { hasText: '/ mois' }).waitFor()
    await browser.screenshot(page, 'billing-choice-1366')
    await Promise.all([page.waitForURL(/\/paiement-demo\//), page.click('form.form button[type="submit"]')])
    expect(await page.textContent('[data-testid="demo-label"]')).toBe('Paiement de démonstration — aucun débit')
    expect(await page.textContent('[data-testid="demo-plan"]')).toBe('Patrimoine')
    // Like Stripe Checkout, the billing address: without the city, the error at the field and the typed values kept.
    await page.fill('input[name="line1"]', '12 rue de la Roquette')
    await page.fill('input[name="postalCode"]', '75011')
    await page.click('[data-testid="demo-pay"]')
    await page.locator('#field-city-error').waitFor()
    expect(await page.textContent('#field-city-error')).toBe('Ce champ de l’adresse de facturation est obligatoire.')
    expect(await page.inputValue('input[name="line1"]')).toBe('12 rue de la Roquette')
    await browser.screenshot(page, 'billing-demo-checkout-1366')
    const wide = page.viewportSize()!
    await page.setViewportSize({ width: 390, height: wide.height })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await browser.screenshot(page, 'billing-demo-checkout-390')
    await page.setViewportSize(wide)
    await page.fill('input[name="city"]', 'Paris')
    await Promise.all([page.waitForURL(/\/portail\/abonnement\/confirmation\?session=/), page.click('[data-testid="demo-pay"]')])
    await page.waitForSelector('[data-testid="subscription-active"]')
    expect(await page.textContent('[data-testid="subscription-active"]')).toBe('Votre abonnement Patrimoine est actif')
    await browser.screenshot(page, 'billing-confirmation-1366')

    await Promise.all([page.waitForURL(/\/portail\/abonnement$/), page.click('[data-testid="see-subscription"]')])
    expect(await page.textContent('[data-testid="subscription-plan"]')).toContain('Patrimoine')
    expect(await page.textContent('[data-testid="subscription-status"]')).toMatch(/^(Actif|Période d’essai)$/)
    expect(await page.textContent('[data-testid="next-payment"]')).toMatch(/29\s€ le \d{1,2} \S+ \d{4}/)
    await browser.screenshot(page, 'billing-subscription-1366')

    // The first payment's invoice, numbered by Atlas, with its PDF.
    const invoiceRow = page.locator('[data-testid="invoice-row"]').first()
    const number = await invoiceRow.getAttribute('data-number')
    expect(number).toMatch(/^FA-\d{4}-\d{6}$/)
    expect(await invoiceRow.textContent()).toMatch(/29,00\s€/)
    const [download] = await Promise.all([page.waitForEvent('download'), invoiceRow.locator('[data-testid="invoice-pdf"]').click()])
    const text = await pdfText(await readFile(await download.path()))
    expect(text).toContain(`FACTURE N° ${number}`)
    expect(text).toContain('Hélène Patrimoine')
    expect(text).toContain('12 rue de la Roquette')
    expect(text).toContain('75011 Paris')
    expect(text).toMatch(/Total TTC 29,00 €/)

    // What the plan unlocks: the premium course opens.
    await page.goto(`${testEnv.webUrl}/formation/${premium.slug}`)
    await page.locator('[data-testid="course-start"]').waitFor()
    expect(await page.locator('[data-testid="course-locked-premium"]').count()).toBe(0)
    await page.goto(`${testEnv.webUrl}/portail/abonnement`)

    // A failed renewal: the banner on every portal page, and the payment-issue mail.
    await Promise.all([page.waitForURL(/\/portail\/abonnement\/gerer$/), page.click('[data-testid="manage-subscription"]')])
    expect(await page.textContent('[data-testid="demo-label"]')).toContain('démonstration')
    await Promise.all([page.waitForURL(/fait=renew-failed/), page.click('[data-testid="portal-renew-failed"]')])
    await page.goto(`${testEnv.webUrl}/portail`)
    expect(await page.textContent('[data-testid="payment-issue-banner"]')).toContain('Votre dernier paiement a échoué — mettre à jour votre moyen de paiement')
    await browser.screenshot(page, 'billing-banner-1366')
    const mail = await lastMailTo(email, /problème est survenu avec votre paiement/)
    expect(mail.text).toContain('€')

    // The banner's link leads to the portal, where the card is updated and a paid renewal clears it.
    await Promise.all([page.waitForURL(/\/portail\/abonnement\/gerer$/), page.click('[data-testid="payment-issue-update"]')])
    await Promise.all([page.waitForURL(/fait=update-card/), page.click('[data-testid="portal-update-card"]')])
    await Promise.all([page.waitForURL(/fait=renew-paid/), page.click('[data-testid="portal-renew-paid"]')])
    await page.locator('[data-testid="payment-issue-banner"]').waitFor({ state: 'detached' })

    // Cancelling keeps access until the end of the period, and says so.
    await Promise.all([page.waitForURL(/fait=cancel/), page.click('[data-testid="portal-cancel"]')])
    expect(await page.textContent('[data-testid="cancel-scheduled"]')).toMatch(/s’arrêtera le \d{1,2} \S+ \d{4}/)
    await browser.screenshot(page, 'billing-manage-1366')
    await page.goto(`${testEnv.webUrl}/portail/abonnement`)
    expect(await page.textContent('[data-testid="cancels-on"]')).toMatch(/Résiliation le \d{1,2} \S+ \d{4} : vous gardez l’accès jusqu’à cette date\./)

    // At 390 px: nothing wider than the screen, even with a plan whose name and price make a long option.
    await makePlan('Offre au nom long pour éprouver la page étroite', PATRIMOINE)
    const narrow = await browser.newPage({ width: 390 })
    await narrow.goto(`${testEnv.webUrl}/connexion?redirectTo=%2Fportail%2Fabonnement`)
    await narrow.fill('input[name="email"]', email)
    await narrow.fill('input[name="password"]', TEST_PASSWORD)
    await Promise.all([narrow.waitForURL(/\/portail\/abonnement$/), narrow.click('form.form button[type="submit"]')])
    await browser.screenshot(narrow, 'billing-subscription-390')
    expect(await pageOverflow(narrow)).toMatchObject({ offenders: [], scrollWidth: expect.toSatisfy((width: number) => width <= 390) })
    await narrow.goto(`${testEnv.webUrl}/portail/abonnement/gerer`)
    await browser.screenshot(narrow, 'billing-manage-390')
    expect(await pageOverflow(narrow)).toMatchObject({ offenders: [], scrollWidth: expect.toSatisfy((width: number) => width <= 390) })
    await narrow.goto(`${testEnv.webUrl}${choiceUrl.pathname}${choiceUrl.search}`)
    expect(await pageOverflow(narrow)).toMatchObject({ offenders: [], scrollWidth: expect.toSatisfy((width: number) => width <= 390) })
    await browser.screenshot(narrow, 'billing-choice-390')
    expect(browser.errors()).toEqual([])
  })
})
