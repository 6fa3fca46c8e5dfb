import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { parisYear } from '@atlas/shared/billing/invoiceNumber'
import { testPayload } from '../../tests/support/payload'
import { createIssuedInvoice } from '../src/invoices/issue'
import { inTransaction } from '../src/invoices/transaction'
import { billedInvestor, ensureDemoFirm, manualDraft } from './invoiceFixtures'

const sequenceOf = (number: string) => Number(number.split('-')[2])

/**
 * Gapless numbering per series and Paris year (invoices/numbering.ts): each
 * issue bumps `invoice_counters` inside its own transaction; concurrent
 * issues wait on the counter row.
 */
describe('invoice numbering', () => {
  let customer: number
  beforeAll(async () => {
    const payload = await testPayload()
    await ensureDemoFirm(payload)
    customer = (await billedInvestor(payload)).id
  })

  it('gives 50 concurrent issues 50 consecutive numbers: no gap, no duplicate', async () => {
    const payload = await testPayload()
    const issued = await Promise.all(Array.from({ length: 50 }, () => createIssuedInvoice(payload, manualDraft(customer))))
    const year = parisYear(new Date())
    for (const doc of issued) expect(doc.number).toMatch(new RegExp(`^FA-${year}-\\d{6}$`))
    const sequences = issued.map((doc) => sequenceOf(doc.number!)).sort((a, b) => a - b)
    expect(new Set(sequences).size).toBe(50)
    expect(sequences.at(-1)! - sequences[0]!).toBe(49)
    // Nothing else issued in between: the counter row says the last is the highest.
    const rows = (await (payload.db as unknown as { pool: { query: (q: string, v: unknown[]) => Promise<{ rows: { last: number }[] }> } }).pool.query(
      'select last from invoice_counters where series = $1 and year = $2',
      ['FA', year],
    )).rows
    expect(rows[0]!.last).toBeGreaterThanOrEqual(sequences.at(-1)!)
  })

  it('gives a rolled-back issue its number back', async () => {
    const payload = await testPayload()
    const before = await createIssuedInvoice(payload, manualDraft(customer))
    const failure = inTransaction(payload, await createLocalReq({}, payload), async (req) => {
      await createIssuedInvoice(payload, manualDraft(customer), req)
      throw new Error('the rest of the webhook failed')
    })
    await expect(failure).rejects.toThrow('the rest of the webhook failed')
    const after = await createIssuedInvoice(payload, manualDraft(customer))
    expect(sequenceOf(after.number!)).toBe(sequenceOf(before.number!) + 1)
  })

  it('numbers credit notes in their own series', async () => {
    const payload = await testPayload()
    const { issueCreditNote } = await import('../src/invoices/creditNote')
    const invoice = await createIssuedInvoice(payload, manualDraft(customer))
    const note = await issueCreditNote(payload, { invoiceId: invoice.id })
    expect(note.number).toMatch(new RegExp(`^AV-${parisYear(new Date())}-\\d{6}$`))
  })
})
