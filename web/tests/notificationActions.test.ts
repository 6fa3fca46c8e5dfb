import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { notify } from '../../cms/src/notifications/notify'
import { webClient } from './webClient'

/** The bell, the notifications page and the preferences page, as a browser without JavaScript uses them. */

const signedInClient = async (account: Account) => {
  const client = webClient()
  const login = await client.post('/connexion', { email: account.email, password: TEST_PASSWORD, redirectTo: '/portail' })
  expect(login.status).toBe(302)
  return client
}

const stored = async (payload: Payload, id: number | string) =>
  payload.findByID({ collection: 'notifications', id, overrideAccess: true, depth: 0 })

const bellCount = (html: string) => html.match(/data-testid="notification-count">(\d+)</)?.[1] ?? null

let investor: Account
let client: ReturnType<typeof webClient>
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  const payload = await testPayload()
  // Other files publish courses meanwhile: this investor takes no course announcements, so the counts are exactly ours.
  investor = await createAccount('investor', { notificationPreferences: { coursePublished: { inApp: false, email: false } } })
  for (const [key, link] of [['first', null], ['profile', '/portail/profil'], ['third', null]] as const) {
    const { notification } = await notify(payload, { user: investor.id, event: 'advisorMessage', title: `Titre ${key}`, body: `Texte ${key}`, link })
    ids[key] = notification!.id
  }
  client = await signedInClient(investor)
})

describe('notifications in the portal', () => {
  it('shows the unread count in the bell, rendered by the server', async () => {
    const page = await client.get('/portail')
    expect(page.status).toBe(200)
    expect(bellCount(page.html)).toBe('3')
    expect(page.html).toContain('aria-label="Notifications : 3 non lue(s)"')
  })

  it('lists them newest first with their text', async () => {
    const page = await client.get('/portail/notifications')
    expect(page.status).toBe(200)
    const titles = [...page.html.matchAll(/<h2>(Titre \w+)<\/h2>/g)].map((m) => m[1])
    expect(titles).toEqual(['Titre third', 'Titre profile', 'Titre first'])
    expect(page.html).toContain('Texte first')
  })

  it('marks one read with a form post, then the bell counts one fewer', async () => {
    const payload = await testPayload()
    const done = await client.post('/portail/notifications', { intent: 'read', id: String(ids.first) })
    expect(done.status).toBe(302)
    expect(done.location).toBe('/portail/notifications')
    expect((await stored(payload, ids.first!)).read).toBe(true)
    expect(bellCount((await client.get('/portail/notifications')).html)).toBe('2')
  })

  it('opens one: marks it read and follows its portal link', async () => {
    const payload = await testPayload()
    const opened = await client.post('/portail/notifications', { intent: 'open', id: String(ids.profile) })
    expect(opened.status).toBe(302)
    expect(opened.location).toBe('/portail/profil')
    expect((await stored(payload, ids.profile!)).read).toBe(true)
  })

  it('refuses to mark someone else’s, saying so, and leaves it unread', async () => {
    const payload = await testPayload()
    const other = await createAccount('investor')
    const { notification } = await notify(payload, { user: other.id, event: 'advisorMessage', title: 'Pas la vôtre' })
    const refused = await client.post('/portail/notifications', { intent: 'read', id: String(notification!.id) })
    expect(refused.status).toBe(404)
    expect(refused.html).toContain('Cette notification n’existe pas ou n’est pas la vôtre.')
    expect((await stored(payload, notification!.id)).read).toBe(false)
  })

  it('marks all read: the bell shows no figure', async () => {
    const payload = await testPayload()
    const done = await client.post('/portail/notifications', { intent: 'readAll' })
    expect(done.status).toBe(302)
    expect(done.location).toBe('/portail/notifications?lu=1')
    expect((await stored(payload, ids.third!)).read).toBe(true)
    const page = await client.get(done.location!)
    expect(page.html).toContain('Toutes vos notifications sont marquées comme lues.')
    expect(bellCount(page.html)).toBeNull()
  })
})

describe('notification preferences in the portal', () => {
  it('shows the stored choices and the defaults as ticked boxes', async () => {
    const page = await client.get('/portail/notifications/preferences')
    expect(page.status).toBe(200)
    const checked = (name: string) => new RegExp(`name="${name.replace('.', '\\.')}"[^>]*checked`).test(page.html)
    expect(checked('profileValidated.email')).toBe(true)
    expect(checked('advisorMessage.inApp')).toBe(true)
    expect(checked('coursePublished.inApp'), 'turned off for this investor').toBe(false)
    expect(checked('coursePublished.email')).toBe(false)
  })

  it('saves the ticked boxes and turns the others off', async () => {
    const payload = await testPayload()
    const form = new URLSearchParams()
    form.append('coursePublished.email', 'on')
    form.append('advisorMessage.inApp', 'on')
    const saved = await client.post('/portail/notifications/preferences', form)
    expect(saved.status).toBe(302)
    expect(saved.location).toBe('/portail/notifications/preferences?enregistre=1')
    const user = await payload.findByID({ collection: 'users', id: investor.id, overrideAccess: true })
    expect(user.notificationPreferences?.coursePublished).toEqual({ inApp: false, email: true })
    expect(user.notificationPreferences?.advisorMessage).toEqual({ inApp: true, email: false })
    expect(user.notificationPreferences?.profileValidated).toEqual({ inApp: false, email: false })
    const page = await client.get(saved.location!)
    expect(page.html).toContain('Vos préférences sont enregistrées.')

    // notify follows the saved choice: no in-app notification for a course any more.
    const result = await notify(payload, { user: investor.id, event: 'coursePublished', title: 'Nouvelle formation' })
    expect(result.notification).toBeNull()
    expect(result.email).not.toBeNull()
  })
})
