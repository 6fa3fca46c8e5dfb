import { readAnswerEvents, type AnswerEvent } from '@atlas/shared/assistant'
import { EXAMPLE_ASSETS, EXAMPLE_PROFILE } from '@atlas/shared/assistant/exampleInvestor'
import type { Account } from './accounts'
import { testPayload } from './payload'

/** Every event of an answer stream, in order, and the text its deltas add up to. */
export async function readAnswer(response: Response): Promise<{ events: AnswerEvent[]; text: string }> {
  const events: AnswerEvent[] = []
  let buffer = ''
  const decoder = new TextDecoder()
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    const read = readAnswerEvents(buffer + decoder.decode(chunk, { stream: true }))
    events.push(...read.events)
    buffer = read.rest
  }
  const text = events.map((e) => (e.type === 'delta' ? e.text : '')).join('')
  return { events, text }
}

/** Gives the investor the worked example's assets and derived profile figures (net worth 125 000,00 €). */
export async function giveExampleFigures(investor: Account) {
  const payload = await testPayload()
  for (const asset of EXAMPLE_ASSETS.filter((a) => a.category !== 'unknown-thing')) {
    await payload.create({
      collection: 'assets',
      overrideAccess: true,
      data: { owner: investor.id, label: asset.label ?? asset.category, ...asset } as never,
    })
  }
  // Derived figures are recomputed from answers by the profile hooks; write them past the hooks, as the figures the summary reads.
  const profile = (await payload.find({ collection: 'profiles', where: { owner: { equals: investor.id } }, overrideAccess: true })).docs[0]!
  await payload.db.updateOne({
    collection: 'profiles',
    id: profile.id,
    data: {
      riskScore: EXAMPLE_PROFILE.riskScore,
      objectives: EXAMPLE_PROFILE.objectives,
      monthlyIncomeCents: EXAMPLE_PROFILE.monthlyIncomeCents,
      monthlyExpensesCents: EXAMPLE_PROFILE.monthlyExpensesCents,
      savingsCapacityCents: EXAMPLE_PROFILE.savingsCapacityCents,
    },
  })
}

/** A new conversation of the investor, created as trusted code. */
export async function newConversation(investor: Account): Promise<number> {
  const payload = await testPayload()
  const doc = await payload.create({ collection: 'conversations', overrideAccess: true, data: { owner: investor.id } })
  return Number(doc.id)
}
