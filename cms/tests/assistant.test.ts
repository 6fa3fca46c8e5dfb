import { setupServer } from 'msw/node'
import type { TypedUser } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ASSISTANT_LIMITS } from '@atlas/shared/assistant'
import { openai } from '../../mocks/openai'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { askAssistant } from '../src/assistant/askAssistant'
import { openaiProvider } from '../src/assistant/openaiProvider'
import { giveExampleFigures, newConversation, readAnswer } from '../../tests/support/assistant'
import { makePlan, PATRIMOINE, subscribe } from '../../tests/support/entitlements'

/**
 * The assistant with a provider: askAssistant runs in this process with the
 * real `openai` SDK, whose HTTP calls msw answers in OpenAI's streaming
 * format (mocks/openai.ts); the database is the real one of the run.
 */
const BASE_URL = 'https://openai.test/v1'
const vendor = openai(BASE_URL)
const server = setupServer(...vendor.handlers)
let provider: ReturnType<typeof openaiProvider>
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'bypass' })
  // After listen: the SDK keeps the global fetch it finds when the client is made.
  provider = openaiProvider({ apiKey: 'sk-test-key', model: 'gpt-4o-mini', baseURL: BASE_URL })
})
afterAll(() => server.close())
const NET_WORTH_FR = '125\u202f000,00\u00a0€'

let investor: Account
let other: Account
let user: TypedUser
/** The "assistant answer ready" notifications pointing at a conversation. */
const answerReadyNotifications = async (conversationId: number) =>
  (
    await (await testPayload()).find({
      collection: 'notifications',
      where: { event: { equals: 'assistantAnswerReady' }, link: { equals: `/portail/assistant/${conversationId}` } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  investor = await createAccount('investor', { name: 'Inès Questionneuse' })
  other = await createAccount('investor', { name: 'Bérénice Voisine' })
  await giveExampleFigures(investor)
  // More questions than the free 10 a month (decision 036): Inès has a plan without a limit.
  await subscribe(investor, (await makePlan('Patrimoine', PATRIMOINE)).id)
  const payload = await testPayload()
  await payload.create({
    collection: 'assets',
    overrideAccess: true,
    data: { owner: other.id, kind: 'asset', category: 'securities-account', label: 'Portefeuille de Bérénice', valueCents: 98_765_432 },
  })
  user = { ...(await payload.findByID({ collection: 'users', id: investor.id, overrideAccess: true })), collection: 'users' } as TypedUser
})
afterEach(() => vendor.answerWith(['Bonjour', ' !']))

const ask = async (conversationId: number, body: unknown, timeouts?: { idleMs: number; totalMs: number }) =>
  askAssistant({ payload: await testPayload(), user, locale: 'fr', provider, timeouts }, conversationId, body)

const conversation = async (id: number) =>
  (await testPayload()).findByID({ collection: 'conversations', id, overrideAccess: true, depth: 0 })

describe('the assistant with OpenAI (msw)', () => {
  it('streams the answer, sends only the investor’s own summary, and stores the answer with its token usage', async () => {
    const id = await newConversation(investor)
    vendor.answerWith(['Votre patrimoine net ', 'est de **125 000 €**.', '\n\n- Actifs', ' : 185 000 €'], { prompt_tokens: 812, completion_tokens: 31 })
    const response = await ask(id, { content: 'Quel est mon patrimoine net ?' })
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const { events, text } = await readAnswer(response)

    expect(events[0]).toEqual({ type: 'start', mode: 'openai', model: 'gpt-4o-mini' })
    expect(events.filter((e) => e.type === 'delta')).toHaveLength(4)
    expect(text).toBe('Votre patrimoine net est de **125 000 €**.\n\n- Actifs : 185 000 €')
    expect(events.at(-1)).toMatchObject({ type: 'done', promptTokens: 812, completionTokens: 31 })

    const { body, authorization } = vendor.requests.at(-1)!
    expect(authorization).toBe('Bearer sk-test-key')
    expect(body).toMatchObject({ model: 'gpt-4o-mini', stream: true, stream_options: { include_usage: true } })
    const [system, ...turns] = body.messages
    expect(system!.role).toBe('system')
    expect(system!.content).toContain('NOT personalised investment advice')
    expect(system!.content).toContain('Always answer in French')
    expect(system!.content).toContain(`Patrimoine net : ${NET_WORTH_FR}`)
    expect(system!.content).toContain('score de risque 4/7 (équilibré), horizon 10 ans')
    expect(turns).toEqual([{ role: 'user', content: 'Quel est mon patrimoine net ?' }])
    // Nothing of anyone else — another test investor, the seeded demo investors — and no typed labels.
    const sent = JSON.stringify(body)
    for (const foreign of ['Bérénice', '987\u202f654,32', 'Camille', 'Thomas', '319\u202f350,00', 'Linxea', 'Lyon', 'Inès', investor.email, other.email]) {
      expect(sent, foreign).not.toContain(foreign)
    }

    const saved = await conversation(id)
    expect(saved.title).toBe('Quel est mon patrimoine net ?')
    expect(saved.messages).toMatchObject([
      { role: 'user', content: 'Quel est mon patrimoine net ?' },
      { role: 'assistant', content: text, mode: 'openai', model: 'gpt-4o-mini', promptTokens: 812, completionTokens: 31 },
    ])
    expect(saved).toMatchObject({ promptTokens: 812, completionTokens: 31 })
    expect(text.length).toBeLessThan(ASSISTANT_LIMITS.longAnswerChars)
    expect(await answerReadyNotifications(id), 'a short answer is read as it streams: no notification').toEqual([])
  })

  it('sends the earlier turns with a follow-up question, and adds up the usage', async () => {
    const id = await newConversation(investor)
    vendor.answerWith(['Un PEA est une enveloppe.'], { prompt_tokens: 100, completion_tokens: 6 })
    await readAnswer(await ask(id, { content: 'C’est quoi un PEA ?' }))
    vendor.answerWith(['150 000 €.'], { prompt_tokens: 130, completion_tokens: 4 })
    await readAnswer(await ask(id, { content: 'Et son plafond ?' }))
    expect(vendor.requests.at(-1)!.body.messages.slice(1)).toEqual([
      { role: 'user', content: 'C’est quoi un PEA ?' },
      { role: 'assistant', content: 'Un PEA est une enveloppe.' },
      { role: 'user', content: 'Et son plafond ?' },
    ])
    expect(await conversation(id)).toMatchObject({ promptTokens: 230, completionTokens: 10 })
  })

  it.each([
    [500, 'The server had an error while processing your request.'],
    [429, 'Rate limit reached for gpt-4o-mini.'],
  ])('a provider error %i ends the stream with a friendly error; the question is kept and a retry answers it', async (status, message) => {
    const id = await newConversation(investor)
    vendor.failWith(status, message)
    const failed = await readAnswer(await ask(id, { content: 'Comment fonctionne l’assurance-vie ?' }))
    expect(failed.events.map((e) => e.type)).toEqual(['start', 'error'])
    expect(failed.events.at(-1)).toEqual({ type: 'error', code: 'provider' })
    expect(JSON.stringify(failed.events)).not.toContain(message)
    expect((await conversation(id)).messages).toMatchObject([{ role: 'user', content: 'Comment fonctionne l’assurance-vie ?' }])

    vendor.answerWith(['Un contrat ', 'd’assurance.'])
    const retried = await readAnswer(await ask(id, { retry: true }))
    expect(retried.text).toBe('Un contrat d’assurance.')
    expect(vendor.requests.at(-1)!.body.messages.slice(1)).toEqual([{ role: 'user', content: 'Comment fonctionne l’assurance-vie ?' }])
    const messages = (await conversation(id)).messages!
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant'])
  })

  it('a stream that stalls ends with a timeout error; the partial answer is not stored, the question is', async () => {
    const id = await newConversation(investor)
    vendor.answerWith(['Une ', 'réponse ', 'très ', 'lente.'], undefined, 400)
    const { events } = await readAnswer(await ask(id, { content: 'Explique le PER' }, { idleMs: 150, totalMs: 5_000 }))
    expect(events.at(-1)).toEqual({ type: 'error', code: 'timeout' })
    expect((await conversation(id)).messages).toMatchObject([{ role: 'user', content: 'Explique le PER' }])

    vendor.answerWith(['Rapide.'])
    const retried = await readAnswer(await ask(id, { retry: true }, { idleMs: 150, totalMs: 5_000 }))
    expect(retried.events.at(-1)).toMatchObject({ type: 'done' })
  })

  it('a slow but steady stream is cut by the total timeout', async () => {
    const id = await newConversation(investor)
    vendor.answerWith(Array.from({ length: 10 }, (_, i) => `morceau ${i} `), undefined, 100)
    const { events } = await readAnswer(await ask(id, { content: 'Une longue réponse ?' }, { idleMs: 1_000, totalMs: 350 }))
    expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(0)
    expect(events.at(-1)).toEqual({ type: 'error', code: 'timeout' })
  })

  it('tells the investor in the app that a long answer is ready', async () => {
    const id = await newConversation(investor)
    const long = 'Une phrase pédagogique sur l’épargne. '.repeat(40)
    vendor.answerWith([long])
    await readAnswer(await ask(id, { content: 'Explique-moi tout' }))
    expect(long.length).toBeGreaterThanOrEqual(ASSISTANT_LIMITS.longAnswerChars)
    const [notification, ...more] = await answerReadyNotifications(id)
    expect(more).toEqual([])
    expect(notification).toMatchObject({ recipient: investor.id, title: 'L’assistant vous a répondu' })
    expect(notification!.read).toBe(false)
  })
})
