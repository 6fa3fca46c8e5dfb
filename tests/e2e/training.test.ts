import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, type Account } from '../support/accounts'
import { testEnv } from '../support/env'
import { ageQuizAttempts } from '../support/courses'
import { testPayload } from '../support/payload'
import { useBrowser } from './support/browser'
import { signInOnAdmin, signInOnWeb } from './support/signIn'

const browser = useBrowser()
const suffix = Math.random().toString(36).slice(2, 8)
const COURSE = `Les obligations ${suffix}`
const SLUG = `obligations-${suffix}`

const loginOnAdmin = async (page: Page, account: Account) => {
  await signInOnAdmin(page, account.email, TEST_PASSWORD, testEnv.cmsPublicUrl)
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
}

/** Adds a lesson block of `kind` (its French label) at the end of the course's lessons. */
const addLesson = async (page: Page, label: string) => {
  await page.click('#field-lessons .blocks-field__drawer-toggler')
  await page.click(`.blocks-drawer__block:has-text("${label}")`)
}

/** Fills a field once the admin has built it (new rows are rendered by a server round trip). */
const fill = async (page: Page, path: string, value: string) => {
  const selector = `#field-${path.replaceAll('.', '__')}`
  await page.waitForSelector(selector, { timeout: 60_000 })
  await page.fill(selector, value)
}

/** Adds a row to the array field at `path` (its own button is the last one inside it, after nested arrays'). */
const addRow = (page: Page, path: string) =>
  page.locator(`#field-${path.replaceAll('.', '__')} .array-field__add-row`).last().click()

describe('training, end to end', () => {
  let investor: Account
  let advisor: Account

  it('an editor builds and publishes a course with a video lesson and a quiz in the admin', async () => {
    const editor = await createAccount('editor')
    advisor = await createAccount('advisor')
    investor = await createAccount('investor', { advisor: advisor.id, name: 'Nora Petit' })
    const page = await browser.newPage()
    await loginOnAdmin(page, editor)
    await page.goto(`${testEnv.cmsPublicUrl}/admin/collections/courses/create`)
    await page.fill('#field-title', COURSE)
    await page.fill('#field-slug', SLUG)
    await page.fill('#field-summary', 'Comprendre le prêt à une entreprise ou à un État, et son risque.')

    await addLesson(page, 'Vidéo')
    await fill(page, 'lessons.0.title', 'Qu’est-ce qu’une obligation ?')
    await fill(page, 'lessons.0.slug', 'definition')
    await fill(page, 'lessons.0.transcript', 'Une obligation est un titre de créance : vous prêtez à un émetteur qui vous verse des intérêts.')

    await addLesson(page, 'Quiz')
    await fill(page, 'lessons.1.title', 'Quiz : les obligations')
    await fill(page, 'lessons.1.slug', 'quiz')
    await fill(page, 'lessons.1.passMark', '100')
    await addRow(page, 'lessons.1.questions')
    await fill(page, 'lessons.1.questions.0.prompt', 'Que fait le détenteur d’une obligation ?')
    await fill(page, 'lessons.1.questions.0.explanation', 'Il prête de l’argent à l’émetteur, qui le rembourse à l’échéance.')
    await addRow(page, 'lessons.1.questions.0.options')
    await addRow(page, 'lessons.1.questions.0.options')
    await fill(page, 'lessons.1.questions.0.options.0.label', 'Il prête à l’émetteur')
    await page.waitForSelector('#field-lessons__1__questions__0__options__0__correct', { timeout: 60_000 })
    await page.check('#field-lessons__1__questions__0__options__0__correct')
    await fill(page, 'lessons.1.questions.0.options.1.label', 'Il devient actionnaire')
    // "Une seule réponse" with two correct options: refused at the options, in French.
    await page.check('#field-lessons__1__questions__0__options__1__correct')
    await page.click('#field-lessons__1__questions__0__choice')
    await page.click('.rs__option:has-text("Une seule réponse")')
    await page.click('#action-save')
    await page.waitForSelector('text=/exactement une bonne réponse/', { timeout: 60_000 })
    await browser.screenshot(page, 'training-admin-single-choice-error')
    await page.uncheck('#field-lessons__1__questions__0__options__1__correct')

    await page.click('#field-productClass')
    await page.click('.rs__option:has-text("Obligations")')
    await browser.screenshot(page, 'training-admin-course-form')
    await page.click('#action-save')
    await page.waitForSelector('text=/publié|Published/i', { timeout: 60_000 })
    await browser.screenshot(page, 'training-admin-course-published')
  })

  it('an investor finds it, completes the lessons, fails then passes the quiz and earns a badge', async () => {
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ width })
      await page.goto(`${testEnv.webUrl}/formation`)
      await browser.screenshot(page, `training-catalogue-${width}`)
    }
    const page = await browser.newPage()
    await signInOnWeb(page, investor.email, TEST_PASSWORD)
    await page.goto(`${testEnv.webUrl}/formation`)
    await Promise.all([page.waitForURL(new RegExp(`/formation/${SLUG}$`)), page.click(`a:has-text("${COURSE}")`)])
    await Promise.all([page.waitForURL(/\/definition$/), page.click('[data-testid="course-start"]')])
    expect(await page.textContent('[data-testid="transcript"]')).toContain('titre de créance')
    await browser.screenshot(page, 'training-lesson-1280')
    await Promise.all([page.waitForURL(/\/quiz$/), page.click('[data-testid="mark-done"]')])

    // Halfway: the dashboard offers to pick up at the quiz.
    await page.goto(`${testEnv.webUrl}/portail`)
    const resume = await page.textContent('[data-testid="continue-learning"]')
    expect(resume).toContain(COURSE)
    expect(resume).toContain('Prochaine leçon : Quiz : les obligations')
    await Promise.all([page.waitForURL(/\/quiz$/), page.click('[data-testid="continue-learning"] a')])

    // Wrong answer first: scored on the server; the page says which question to review, not the answer nor the explanation.
    expect(await page.textContent('body')).not.toContain('Il prête de l’argent à l’émetteur, qui le rembourse')
    // A single-choice question: radios in a fieldset, "Une seule réponse"; ticking one unticks the other.
    expect(await page.textContent('[data-testid="quiz-question"]')).toContain('Une seule réponse.')
    expect(await page.$$eval('[data-testid="quiz-question"] input', (inputs) => inputs.map((i) => (i as HTMLInputElement).type))).toEqual(['radio', 'radio'])
    await page.check('label:has-text("Il prête à l’émetteur") input')
    await page.check('label:has-text("Il devient actionnaire") input')
    expect(await page.isChecked('label:has-text("Il prête à l’émetteur") input')).toBe(false)
    await browser.screenshot(page, 'training-quiz-single-choice-1280')
    await page.click('[data-testid="quiz-submit"]')
    await page.waitForSelector('[data-testid="quiz-result"].quiz-failed')
    expect(await page.textContent('[data-testid="quiz-result"]')).toContain('0 %')
    expect(await page.textContent('[data-testid="quiz-feedback"]')).toContain('Réponse incorrecte — À revoir')
    expect(await page.textContent('body')).not.toContain('qui le rembourse')
    expect(await page.textContent('body')).not.toContain('Réponse attendue')
    // …and when the next attempt is possible: the form waits until then.
    expect(await page.textContent('[data-testid="quiz-cooldown"]')).toMatch(/Prochaine tentative possible à partir du .+\d{2}:\d{2}/)
    expect(await page.isDisabled('[data-testid="quiz-submit"]')).toBe(true)
    await browser.screenshot(page, 'training-quiz-failed-cooldown-1280')

    // Eleven minutes later (the attempt is aged in the database instead of waiting): a new attempt.
    const course = (await (await testPayload()).find({ collection: 'courses', where: { slug: { equals: SLUG } }, overrideAccess: true, limit: 1 })).docs[0]!
    await ageQuizAttempts(investor.id, course.id, 11)
    await page.goto(`${testEnv.webUrl}/formation/${SLUG}/quiz`)
    expect(await page.isVisible('[data-testid="quiz-cooldown"]')).toBe(false)
    await page.check('label:has-text("Il prête à l’émetteur") input')
    await page.click('[data-testid="quiz-submit"]')
    await page.waitForSelector('[data-testid="quiz-result"].quiz-passed')
    expect(await page.textContent('[data-testid="quiz-evidence"]')).toContain('Obligations')
    expect(await page.textContent('[data-testid="quiz-feedback"]')).toContain('qui le rembourse')
    await browser.screenshot(page, 'training-quiz-result-1280')

    // Finished: nothing left to resume.
    await page.goto(`${testEnv.webUrl}/portail`)
    expect(await page.textContent('[data-testid="continue-learning"]')).not.toContain(COURSE)

    await page.goto(`${testEnv.webUrl}/portail/formation`)
    expect(await page.isVisible('[data-testid="badge-earned"][data-badge="first-course"]')).toBe(true)
    expect(await page.isVisible('[data-testid="badge-earned"][data-badge="perfect-quiz"]')).toBe(true)
    expect(await page.textContent('[data-testid="training-points"]')).toContain('85 points')
    await browser.screenshot(page, 'training-profile-1280')
    expect(browser.errors()).toEqual([])
  })

  it('is readable at 375 px: lesson and quiz result', async () => {
    const page = await browser.newPage({ width: 375 })
    await signInOnWeb(page, investor.email, TEST_PASSWORD)
    await page.goto(`${testEnv.webUrl}/formation/${SLUG}/definition`)
    await browser.screenshot(page, 'training-lesson-375')
    await page.goto(`${testEnv.webUrl}/formation/${SLUG}/quiz`)
    await page.check('label:has-text("Il prête à l’émetteur") input')
    await page.click('[data-testid="quiz-submit"]')
    await page.waitForSelector('[data-testid="quiz-result"]')
    await browser.screenshot(page, 'training-quiz-result-375')
  })

  it('the advisor sees the knowledge evidence on the investor in the admin', async () => {
    const page = await browser.newPage()
    await loginOnAdmin(page, advisor)
    await page.goto(`${testEnv.cmsPublicUrl}/admin/collections/users/${investor.id}`)
    await page.waitForSelector('text=Preuves de connaissance', { timeout: 60_000 })
    await page.waitForSelector(`text=${COURSE} — Quiz : les obligations`, { timeout: 60_000 })
    await browser.screenshot(page, 'training-admin-evidence')
    await page.goto(`${testEnv.cmsPublicUrl}/admin/collections/knowledge-evidence`)
    await page.waitForSelector(`text=${COURSE} — Quiz : les obligations`, { timeout: 60_000 })

    // On the client's questionnaire: the declared knowledge beside the proof, class by class.
    const profile = (await (await testPayload()).find({ collection: 'profiles', where: { owner: { equals: investor.id } }, overrideAccess: true })).docs[0]!
    await page.goto(`${testEnv.cmsPublicUrl}/admin/collections/profiles/${profile.id}`)
    await page.waitForSelector('[data-testid="knowledge-comparison"]', { timeout: 60_000 })
    expect(await page.textContent('[data-testid="knowledge-bonds"]')).toContain(`${COURSE} — Quiz : les obligations`)
    expect(await page.textContent('[data-testid="knowledge-crypto"]')).not.toContain('Quiz')
    await browser.screenshot(page, 'training-admin-profile-knowledge')
  })

  it('the advisor’s client page lists every quiz attempt, failed ones included, in Paris time', async () => {
    const errorsBefore = browser.errors().length
    const page = await browser.newPage()
    await loginOnAdmin(page, advisor)
    await page.goto(`${testEnv.cmsPublicUrl}/admin/clients/${investor.id}`)
    await page.waitForSelector('[data-testid="client-quiz-attempts"]', { timeout: 60_000 })
    const stored = (await (await testPayload()).find({ collection: 'enrollments', where: { owner: { equals: investor.id } }, overrideAccess: true })).docs
    const attempts = stored.flatMap((e) => e.quizAttempts ?? [])
    // Failed, passed, then the 375 px retake.
    expect(attempts.map((a) => a.passed)).toEqual([false, true, true])
    const rows = await page.$$eval('[data-testid="client-quiz-attempt"]', (trs) => trs.map((tr) => ({ passed: tr.getAttribute('data-passed'), text: tr.textContent ?? '' })))
    expect(rows.map((r) => r.passed)).toEqual(['true', 'true', 'false'])
    const paris = (iso: string) => new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'medium', timeStyle: 'short' })
    expect(rows[2]!.text).toContain(`${COURSE} — Quiz : les obligations`)
    expect(rows[2]!.text).toContain(paris(attempts[0]!.submittedAt))
    expect(rows[2]!.text).toMatch(/^.*1.*0\s%.*Échoué$/)
    expect(rows[1]!.text).toMatch(/2.*100\s%.*Réussi$/)
    expect(await page.textContent('[data-testid="knowledge-bonds"]')).toContain('tentative n° 2')
    await browser.screenshot(page, 'training-admin-client-attempts')
    expect(browser.errors().slice(errorsBefore)).toEqual([])
  })
})
