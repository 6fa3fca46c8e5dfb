import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, type Account } from '../../tests/support/accounts'
import { makeCourse, type Course } from '../../tests/support/courses'
import { askedBefore, makePlan, PATRIMOINE, subscribe } from '../../tests/support/entitlements'
import { webClient } from './webClient'

/**
 * What web shows of the entitlements the cms enforces (docs/decisions/036):
 * a premium course locked for a free investor with the upgrade link, open
 * to a subscriber; the assistant's questions left this month, and the
 * upgrade link once they are used up. Real HTTP against the real cms.
 */

const signedInClient = async (account: Account) => {
  const client = webClient()
  const login = await client.post('/connexion', { email: account.email, password: TEST_PASSWORD, redirectTo: '/portail' })
  expect(login.status).toBe(302)
  return client
}

/** The <a> with this data-testid, in the page, leads to `href` (attribute order as React writes it, whichever). */
const linkTo = (html: string, testId: string, href: string) => {
  const tag = html.match(new RegExp(`<a [^>]*data-testid="${testId}"[^>]*>`))?.[0] ?? ''
  return tag.includes(`href="${href}"`)
}

let free: Account
let subscriber: Account
let course: Course
const topic = `premium-${Math.random().toString(36).slice(2, 8)}`
beforeAll(async () => {
  free = await createAccount('investor')
  subscriber = await createAccount('investor')
  await subscribe(subscriber, (await makePlan('Patrimoine', PATRIMOINE)).id)
  course = await makeCourse({ premium: true, topic, title: `Formation ${topic}` })
})

describe('a premium course', () => {
  it('shows a free investor the lock and the upgrade link in the catalogue', async () => {
    const { html } = await (await signedInClient(free)).get(`/formation?theme=${topic}`)
    expect(html.match(/data-testid="course-card"/g)).toHaveLength(1)
    expect(html).toContain('data-testid="premium-badge"')
    expect(html).toMatch(/data-testid="premium-unlock"><a [^>]*href="\/tarifs"[^>]*>Débloquer avec l’offre Essentiel ou Patrimoine<\/a>/)
  })

  it('shows a free investor its outline, the locked notice and the upgrade link, never its content', async () => {
    const client = await signedInClient(free)
    const page = await client.get(`/formation/${course.slug}`)
    expect(page.status).toBe(200)
    expect(page.html).toContain('data-testid="course-locked-premium"')
    expect(linkTo(page.html, 'upgrade-link', '/tarifs')).toBe(true)
    expect(page.html).toContain('Voir')
    expect(page.html).not.toContain('data-testid="course-start"')
    const lesson = await client.get(`/formation/${course.slug}/voir`)
    expect(lesson.status).toBe(302)
    expect(lesson.location).toBe(`/formation/${course.slug}`)
  })

  it('is open to a Patrimoine subscriber: no lock, the lessons play', async () => {
    const client = await signedInClient(subscriber)
    const page = await client.get(`/formation/${course.slug}`)
    expect(page.html).not.toContain('data-testid="course-locked-premium"')
    expect(page.html).toContain('data-testid="course-start"')
    expect((await client.get(`/formation/${course.slug}/voir`)).html).toContain('Transcription de la vidéo.')
    expect((await client.get(`/formation?theme=${topic}`)).html).not.toContain('data-testid="premium-unlock"')
  })
})

describe('the assistant page', () => {
  it('says how many questions are left this month', async () => {
    const some = await createAccount('investor')
    await askedBefore(some, 3)
    const { html } = await (await signedInClient(some)).get('/portail/assistant')
    expect(html).toContain('Il vous reste 7 question(s) ce mois-ci sur 10 incluses dans votre offre.')
  })

  it('says the allowance is used up, with the upgrade link', async () => {
    const spent = await createAccount('investor')
    await askedBefore(spent, 10)
    const { html } = await (await signedInClient(spent)).get('/portail/assistant')
    expect(html).toContain('data-testid="assistant-allowance-reached"')
    expect(linkTo(html, 'upgrade-link', '/tarifs')).toBe(true)
  })

  it('says a subscriber without a limit has unlimited questions', async () => {
    const { html } = await (await signedInClient(subscriber)).get('/portail/assistant')
    expect(html).toContain('Questions illimitées avec votre offre.')
  })
})
