import { readAnswerEvents } from '@atlas/shared/assistant'
import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD, createAccount, type Account } from '../../tests/support/accounts'
import { giveExampleFigures } from '../../tests/support/assistant'
import { testPayload } from '../../tests/support/payload'
import { webClient } from './webClient'

/** The assistant pages without JavaScript, and the streaming route the page's script reads; real HTTP, real cms (offline mode). */

const signedIn = async (account: Account) => {
  const client = webClient()
  const login = await client.post('/connexion', { email: account.email, password: TEST_PASSWORD })
  expect(login.status).toBe(302)
  return client
}

const conversationOf = async (id: string) =>
  (await testPayload()).findByID({ collection: 'conversations', id: Number(id), overrideAccess: true, disableErrors: true })

describe('assistant pages', () => {
  let investor: Account
  let client: ReturnType<typeof webClient>
  beforeAll(async () => {
    investor = await createAccount('investor')
    await giveExampleFigures(investor)
    client = await signedIn(investor)
  })

  const newConversation = async () => {
    const created = await client.post('/portail/assistant', {})
    expect(created.status).toBe(302)
    const id = /^\/portail\/assistant\/(\d+)$/.exec(created.location ?? '')?.[1]
    expect(id, created.location ?? '').toBeTruthy()
    return id!
  }

  it('starts a conversation, posts a question and shows the stored answer with the offline label', async () => {
    const list = await client.get('/portail/assistant')
    expect(list.status).toBe(200)
    expect(list.html).toContain('href="/portail/assistant"')
    const id = await newConversation()
    const asked = await client.post(`/portail/assistant/${id}`, { content: 'Quel est mon patrimoine net ?' })
    expect(asked.status).toBe(302)
    expect(asked.location).toBe(`/portail/assistant/${id}#derniere-reponse`)
    const page = await client.get(`/portail/assistant/${id}`)
    expect(page.html).toMatch(/Votre patrimoine net est de <strong>125\s000,00\s€<\/strong>/)
    expect(page.html).toContain('data-testid="offline-label"')
    expect(page.html).toContain('Mode hors ligne')
    expect((await client.get('/portail/assistant')).html).toContain('Quel est mon patrimoine net ?')
  })

  it('refuses a too long question at the field in French, keeping it typed', async () => {
    const id = await newConversation()
    const long = `Question ${'x'.repeat(2100)}`
    const refused = await client.post(`/portail/assistant/${id}`, { content: long })
    expect(refused.status).toBe(400)
    expect(refused.html).toMatch(/Votre question dépasse 2\s000 caractères \(2\s109 actuellement\)/)
    expect(refused.html).toContain(long)
    expect((await conversationOf(id))?.messages).toEqual([])
  })

  it('shows a question as text, never as HTML', async () => {
    const id = await newConversation()
    await client.post(`/portail/assistant/${id}`, { content: '<img src=x onerror=alert(1)> PEA ?' })
    const page = await client.get(`/portail/assistant/${id}`)
    expect(page.html).toContain('&lt;img src=x onerror=alert(1)&gt; PEA ?')
    expect(page.html).not.toContain('<img src=x')
  })

  it('streams through the resource route: server-sent events ending with done', async () => {
    const id = await newConversation()
    const streamed = await client.post(`/portail/assistant/${id}/flux`, { content: 'C’est quoi un PER ?' })
    expect(streamed.status).toBe(200)
    expect(streamed.response.headers.get('content-type')).toContain('text/event-stream')
    const { events } = readAnswerEvents(streamed.html)
    expect(events[0]).toEqual({ type: 'start', mode: 'offline', model: null })
    expect(events.filter((e) => e.type === 'delta').map((e) => (e.type === 'delta' ? e.text : '')).join('')).toContain('**PER** (plan d’épargne retraite)')
    expect(events.at(-1)).toMatchObject({ type: 'done' })
  })

  it('the resource route answers a refusal as JSON with the field message', async () => {
    const id = await newConversation()
    const refused = await client.post(`/portail/assistant/${id}/flux`, { content: '' })
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.html)).toMatchObject({ fieldErrors: { content: 'Écrivez votre question.' } })
  })

  it('another investor’s conversation is not found', async () => {
    const id = await newConversation()
    const stranger = await signedIn(await createAccount('investor'))
    expect((await stranger.get(`/portail/assistant/${id}`)).status).toBe(404)
    expect((await stranger.post(`/portail/assistant/${id}/flux`, { content: 'Bonjour' })).status).toBe(404)
  })

  it('deletes a conversation after a confirmation page', async () => {
    const id = await newConversation()
    const confirm = await client.get(`/portail/assistant/${id}/supprimer`)
    expect(confirm.status).toBe(200)
    expect(confirm.html).toContain('Supprimer définitivement')
    const deleted = await client.post(`/portail/assistant/${id}/supprimer`, {})
    expect(deleted.status).toBe(302)
    expect(deleted.location).toBe('/portail/assistant?supprime=1')
    expect(await conversationOf(id)).toBeNull()
    expect((await client.get(`/portail/assistant/${id}`)).status).toBe(404)
  })
})
