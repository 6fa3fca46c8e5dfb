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
  // The goals go through the Local API; the derived figures (recomputed by the profile hooks from
  // a complete questionnaire) are then written straight to their columns, as the summary reads them.
  const profile = (await payload.find({ collection: 'profiles', where: { owner: { equals: investor.id } }, overrideAccess: true })).docs[0]!
  await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: { objectives: EXAMPLE_PROFILE.objectives } as never })
  const pool = (payload.db as unknown as { pool: { query: (sql: string, values: unknown[]) => Promise<unknown> } }).pool
  await pool.query(
    'update profiles set risk_score = $2, objectives_horizon_years = $3, monthly_income_cents = $4, monthly_expenses_cents = $5, savings_capacity_cents = $6 where id = $1',
    [profile.id, EXAMPLE_PROFILE.riskScore, EXAMPLE_PROFILE.objectives.horizonYears, EXAMPLE_PROFILE.monthlyIncomeCents, EXAMPLE_PROFILE.monthlyExpensesCents, EXAMPLE_PROFILE.savingsCapacityCents],
  )
}

/** A new conversation of the investor, created as trusted code. */
export async function newConversation(investor: Account): Promise<number> {
  const payload = await testPayload()
  const doc = await payload.create({ collection: 'conversations', overrideAccess: true, data: { owner: investor.id } })
  return Number(doc.id)
}
