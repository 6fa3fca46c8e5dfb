import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { slugify } from '@atlas/shared/pages'
import { TEST_PASSWORD, createAccount, type Account } from '../support/accounts'
import { testEnv } from '../support/env'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { signInOnWeb } from './support/signIn'

/**
 * Issue #12, defect 9: authoring a course without typing slugs, lesson rows
 * that read their title, a labelled preview button; on web, a sign-in link
 * that comes back, "Leçon suivante" after a passed quiz and the portal's
 * sections on a lesson for a signed-in investor.
 */
const browser = useBrowser()
const suffix = Math.random().toString(36).slice(2, 8)

/** Editors have no second factor: password only. */
const editorOnAdmin = async (page: Page, account: Account) => {
  await page.goto(`${testEnv.cmsPublicUrl}/admin/login`)
  await page.fill('input[name="email"]', account.email)
  await page.fill('input[name="password"]', TEST_PASSWORD)
  await Promise.all([page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 }), page.click('button[type="submit"]')])
}

const paragraph = (text: string) => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children: [
    { type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '', children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] },
  ] },
})

describe('course authoring in the admin', () => {
  it('a course created without typing a slug gets one from its title; lesson rows read their title', async () => {
    const editor = await createAccount('editor')
    const page = await browser.newPage({ width: 1366 })
    await editorOnAdmin(page, editor)
    await page.goto(`${testEnv.cmsPublicUrl}/admin/collections/courses/create`)
    const title = `Épargne réglementée ${suffix}`
    await page.fill('#field-title', title)
    await page.click('#field-lessons .blocks-field__drawer-toggler')
    await page.click('.blocks-drawer__block:has-text("Vidéo")')
    await page.waitForSelector('#field-lessons__0__title', { timeout: 60_000 })
    await page.fill('#field-lessons__0__title', 'Qu’est-ce qu’un livret A ?')
    await page.fill('#field-lessons__0__transcript', 'Un livret A est un compte d’épargne réglementé.')
    await page.waitForSelector('[data-testid="lesson-row-label"]:has-text("Qu’est-ce qu’un livret A ?")', { timeout: 60_000 })
    expect(await page.textContent('#field-lessons')).not.toContain('Sans titre')
    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/courses\/\d+/, { timeout: 60_000 })
    await page.waitForFunction((slug) => (document.querySelector('#field-slug') as HTMLInputElement | null)?.value === slug, slugify(title), { timeout: 60_000 })
    await browser.screenshot(page, 'course-authoring-slug-1366')
    const stored = (await (await testPayload()).find({ collection: 'courses', where: { title: { equals: title } }, overrideAccess: true })).docs[0]!
    expect(stored.slug).toBe(`epargne-reglementee-${suffix}`)
    expect(stored.lessons?.[0]?.slug).toBe('qu-est-ce-qu-un-livret-a')
  })

  it('a page’s preview button says « Prévisualiser »', async () => {
    const editor = await createAccount('editor')
    const created = await (await testPayload()).create({ collection: 'pages', overrideAccess: true, draft: true, data: { title: `Aperçu ${suffix}`, slug: `apercu-${suffix}` } as never })
    const page = await browser.newPage({ width: 1366 })
    await editorOnAdmin(page, editor)
    await page.goto(`${testEnv.cmsPublicUrl}/admin/collections/pages/${created.id}`)
    await page.waitForSelector('#preview-button', { timeout: 60_000 })
    expect((await page.textContent('#preview-button'))?.trim()).toBe('Prévisualiser')
    expect(await page.getAttribute('#preview-button', 'aria-label')).toContain('Prévisualiser')
    await browser.screenshot(page, 'page-preview-button-1366')
  })
})

describe('following a lesson on web', () => {
  let investor: Account
  const slug = `livrets-${suffix}`

  it('a visitor reads « Connectez-vous… » as a link to the login page that comes back to the lesson', async () => {
    investor = await createAccount('investor')
    await (await testPayload()).create({
      collection: 'courses',
      overrideAccess: true,
      data: {
        title: `Les livrets ${suffix}`, slug, _status: 'published', freePreview: true, productClass: 'savings-accounts',
        lessons: [
          { blockType: 'quiz', title: 'Quiz : le livret A', slug: 'quiz', passMark: 100, questions: [
            { prompt: 'Le livret A est-il garanti ?', options: [{ label: 'Oui, par l’État', correct: true }, { label: 'Non', correct: false }] },
          ] },
          { blockType: 'text', title: 'Le LDDS', slug: 'ldds', content: paragraph('Le LDDS ressemble au livret A.') },
        ],
      } as never,
    })
    const page = await browser.newPage({ width: 390 })
    await page.goto(`${testEnv.webUrl}/formation/${slug}/quiz`)
    const href = await page.getAttribute('[data-testid="quiz-signin"]', 'href')
    expect(href).toBe(`/connexion?redirectTo=${encodeURIComponent(`/formation/${slug}/quiz`)}`)
    await browser.screenshot(page, 'lesson-visitor-signin-390')
    await Promise.all([page.waitForURL(/\/connexion/), page.click('[data-testid="quiz-signin"]')])
    await page.fill('input[name="email"]', investor.email)
    await page.fill('input[name="password"]', TEST_PASSWORD)
    await Promise.all([page.waitForURL(new RegExp(`/formation/${slug}/quiz$`)), page.click('form.form button[type="submit"]')])
    await page.goto(`${testEnv.webUrl}/formation/${slug}/ldds`)
    expect(await page.$('[data-testid="lesson-signin"]')).toBeNull()
  })

  it('a signed-in investor keeps the portal navigation and, after a passed quiz, is offered « Leçon suivante »', async () => {
    for (const width of [1366, 390]) {
      const page = await browser.newPage({ width })
      await signInOnWeb(page, investor.email, TEST_PASSWORD)
      await page.goto(`${testEnv.webUrl}/formation/${slug}/quiz`)
      const nav = await page.textContent('[data-testid="lesson-portal-nav"]')
      expect(nav).toContain('Tableau de bord')
      // Above the lesson, across it (not squeezed into a grid column beside the title).
      const [navBox, titleBox, bodyBox] = await Promise.all(['[data-testid="lesson-portal-nav"]', '.lesson h1', '.lesson-body'].map(async (s) => (await page.$(s))!.boundingBox()))
      expect(navBox!.y + navBox!.height).toBeLessThanOrEqual(titleBox!.y)
      expect(navBox!.x).toBeLessThanOrEqual(bodyBox!.x)
      expect(await page.getAttribute('[data-testid="lesson-portal-nav"] a[href="/portail/formation"]', 'href')).toBe('/portail/formation')
      await page.check('label:has-text("Oui, par l’État") input')
      await page.click('[data-testid="quiz-submit"]')
      await page.waitForSelector('[data-testid="quiz-result"].quiz-passed')
      expect((await page.textContent('[data-testid="quiz-continue"]'))?.trim()).toBe('Leçon suivante →')
      await browser.screenshot(page, `lesson-quiz-passed-next-${width}`)
      await Promise.all([page.waitForURL(new RegExp(`/formation/${slug}/ldds$`)), page.click('[data-testid="quiz-continue"]')])
    }
    expect(browser.errors()).toEqual([])
  })
})
