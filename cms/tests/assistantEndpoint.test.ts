import { readAnswerEvents } from '@atlas/shared/assistant'
import { ASSISTANT_LIMITS } from '@atlas/shared/assistant'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { testEnv } from '../../tests/support/env'
import { testPayload } from '../../tests/support/payload'
import { rest } from '../../tests/support/rest'
import { giveExampleFigures, newConversation, readAnswer } from '../../tests/support/assistant'

/**
 * POST /api/conversations/:id/messages over real HTTP on the running cms,
 * which has no OpenAI key in tests: the offline answerer streams.
 */
const post = (id: number, body: unknown, token?: string, locale = 'fr') =>
  fetch(`${testEnv.cmsUrl}/api/conversations/${id}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': locale, ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })

let investor: Account
beforeAll(async () => {
  investor = await createAccount('investor', { name: 'Hors Ligne' })
  await giveExampleFigures(investor)
})

describe('the assistant endpoint, offline', () => {
  it('answers a net-worth question with the exact figure in French, streamed in several pieces, and stores it', async () => {
    const created = await rest('POST', '/conversations?depth=0', { token: investor.token, body: { owner: 1 } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    expect(created.body.doc.owner, 'the owner is the caller, whatever the body says').toBe(investor.id)

    const response = await post(id, { content: 'Quel est mon patrimoine net ?' }, investor.token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const { events, text } = await readAnswer(response)
    expect(events[0]).toEqual({ type: 'start', mode: 'offline', model: null })
    expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(3)
    expect(text).toBe(
      'Votre patrimoine net est de **125\u202f000,00\u00a0€** : 185\u202f000,00\u00a0€ d’actifs moins 60\u202f000,00\u00a0€ de dettes, en comptant chaque bien pour la part qui vous revient.',
    )
    expect(events.at(-1)).toMatchObject({ type: 'done', promptTokens: null, completionTokens: null })

    const read = await rest('GET', `/conversations/${id}`, { token: investor.token })
    expect(read.body.messages).toMatchObject([
      { role: 'user', content: 'Quel est mon patrimoine net ?' },
      { role: 'assistant', content: text, mode: 'offline', model: null },
    ])
  })

  it('answers in English for an English investor', async () => {
    const english = await createAccount('investor', { locale: 'en' })
    await giveExampleFigures(english)
    const id = await newConversation(english)
    const { text } = await readAnswer(await post(id, { content: 'What is my net worth?' }, english.token, 'en'))
    expect(text).toContain('Your net worth is **€125,000.00**')
  })

  it('refuses an empty or too long question at the field, in French, storing nothing', async () => {
    const id = await newConversation(investor)
    const empty = await post(id, { content: '   ' }, investor.token)
    expect(empty.status).toBe(400)
    expect((await empty.json()).errors[0].data.errors[0]).toEqual({ path: 'content', message: 'Écrivez votre question.' })
    const tooLong = await post(id, { content: 'a'.repeat(ASSISTANT_LIMITS.messageMaxChars + 1) }, investor.token)
    expect(tooLong.status).toBe(400)
    expect((await tooLong.json()).errors[0].data.errors[0]).toEqual({
      path: 'content',
      message: 'Votre question dépasse 2\u202f000 caractères (2\u202f001 actuellement) : raccourcissez-la.',
    })
    const saved = await (await testPayload()).findByID({ collection: 'conversations', id, overrideAccess: true })
    expect(saved.messages).toEqual([])
  })

  it('refuses a retry when the last question already has its answer', async () => {
    const id = await newConversation(investor)
    await readAnswer(await post(id, { content: 'Bonjour' }, investor.token))
    const retry = await post(id, { retry: true }, investor.token)
    expect(retry.status).toBe(400)
    expect((await retry.json()).errors[0].message).toContain('pas de question à reposer')
  })

  it('only the owner may ask: anonymous 401, staff 403, another investor 404', async () => {
    const id = await newConversation(investor)
    const other = await createAccount('investor')
    const admin = await createAccount('admin')
    expect((await post(id, { content: 'Bonjour' })).status).toBe(401)
    expect((await post(id, { content: 'Bonjour' }, admin.token)).status).toBe(403)
    expect((await post(id, { content: 'Bonjour' }, other.token)).status).toBe(404)
    expect((await post(999_999_999, { content: 'Bonjour' }, investor.token)).status).toBe(404)
  })

  it('refuses past the hourly limit with when to retry (Paris time), keeping the conversation as it was', async () => {
    const limited = await createAccount('investor')
    const id = await newConversation(limited)
    const payload = await testPayload()
    for (let i = 0; i < ASSISTANT_LIMITS.messagesPerHour; i++) {
      await payload.create({ collection: 'assistant-requests', overrideAccess: true, data: { owner: limited.id } })
    }
    // Deleting conversations does not reset the count.
    await payload.delete({ collection: 'conversations', where: { owner: { equals: limited.id }, id: { not_equals: id } }, overrideAccess: true })
    const response = await post(id, { content: 'Encore une question' }, limited.token)
    expect(response.status).toBe(429)
    const body = await response.json()
    const retryAt = new Date(body.errors[0].retryAt)
    expect(retryAt.getTime()).toBeGreaterThan(Date.now() + 59 * 60 * 1000)
    const time = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' })
      .format(retryAt)
      .replace(':', ' h ')
    expect(body.errors[0].message).toBe(
      `Vous avez posé 20 questions en une heure, la limite de l’assistant. Vous pourrez en poser une nouvelle à ${time}.`,
    )
    const saved = await payload.findByID({ collection: 'conversations', id, overrideAccess: true })
    expect(saved.messages).toEqual([])
  })

  it('a message asked through the stream counts toward the limit', async () => {
    const counter = await createAccount('investor')
    const id = await newConversation(counter)
    await readAnswer(await post(id, { content: 'Bonjour' }, counter.token))
    const { totalDocs } = await (await testPayload()).count({ collection: 'assistant-requests', where: { owner: { equals: counter.id } }, overrideAccess: true })
    expect(totalDocs).toBe(1)
  })

  it('streams progressively: the first piece arrives before the answer is complete', async () => {
    const id = await newConversation(investor)
    const response = await post(id, { content: 'C’est quoi une assurance-vie ?' }, investor.token)
    const reader = response.body!.getReader()
    const decoder = new TextDecoder()
    let buffer = ''
    let firstDeltaSeen = false
    let doneSeen = false
    while (!firstDeltaSeen) {
      const { value, done } = await reader.read()
      if (done) break
      const read = readAnswerEvents(buffer + decoder.decode(value, { stream: true }))
      buffer = read.rest
      firstDeltaSeen = read.events.some((e) => e.type === 'delta')
      doneSeen = read.events.some((e) => e.type === 'done')
    }
    expect(firstDeltaSeen).toBe(true)
    expect(doneSeen, 'the first read already held the whole answer').toBe(false)
    await reader.cancel()
  })
})
