import { describe, expect, it } from 'vitest'
import type { Field } from 'payload'
import { formatEur } from '@atlas/shared/finance'
import { createAccount, uniqueEmail } from '../../tests/support/accounts'
import { rest } from '../../tests/support/rest'
import { testPayload } from '../../tests/support/payload'
import { MONEY_FIELD_COMPONENT } from '../src/fields/moneyField'
import { textsInNumbers } from '../src/fields/numbersAreNumbers'

const errorsOf = (body: any): Array<{ path: string; message: string }> => body?.errors?.flatMap((e: any) => e.data?.errors ?? []) ?? []

describe('the estimated assets of a prospect', () => {
  it('saved through REST in cents stays those cents', async () => {
    const advisor = await createAccount('advisor')
    const created = await rest('POST', '/prospects', {
      token: advisor.token,
      body: {
        lastName: 'Morel',
        email: uniqueEmail('prospect'),
        estimatedAssetsCents: 25_000_000,
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const stored = await rest('GET', `/prospects/${created.body.doc.id}?depth=0`, { token: advisor.token })
    expect(stored.body.estimatedAssetsCents).toBe(25_000_000)
  })

  it.each([
    [12.5, 'fr', 'nombre entier de centimes'],
    [-100, 'fr', formatEur(0, 'fr')],
    [-100, 'en', formatEur(0, 'en')],
    // Text is not read by parseFloat: "12abc" would have been 12 cents, "250 000" 250 cents.
    ['12abc', 'fr', 'Indiquez un montant en euros'],
    ['250 000', 'fr', 'nombre entier de centimes'],
    ['25000000', 'en', 'whole number of cents'],
  ])('refuses %s at the field, in %s', async (value, locale, message) => {
    const advisor = await createAccount('advisor', { locale })
    const refused = await rest('POST', '/prospects', {
      token: advisor.token,
      body: {
        lastName: 'Morel',
        email: uniqueEmail('prospect'),
        estimatedAssetsCents: value,
      },
    })
    expect(refused.status).toBe(400)
    expect(errorsOf(refused.body)).toContainEqual(
      expect.objectContaining({
        path: 'estimatedAssetsCents',
        message: expect.stringContaining(message),
      }),
    )
  })
})

describe('text sent to a number field', () => {
  it('is refused at its path by the field’s own rule, not read by parseFloat ("50abc" was a 50 % share)', async () => {
    const investor = await createAccount('investor')
    const refused = await rest('POST', '/assets', {
      token: investor.token,
      body: { kind: 'asset', category: 'ldds', label: 'LDDS', valueCents: 100_000, ownershipSharePct: '50abc' },
    })
    expect(refused.status).toBe(400)
    expect(errorsOf(refused.body)).toContainEqual(expect.objectContaining({ path: 'ownershipSharePct', message: 'Indiquez une part entre 0 et 100 %, avec au plus deux décimales.' }))
    const saved = await rest('GET', '/assets?depth=0', { token: investor.token })
    expect(saved.body.totalDocs).toBe(0)
  })

  it('is refused on an update too, and the saved value stays', async () => {
    const investor = await createAccount('investor')
    const created = await rest('POST', '/assets', { token: investor.token, body: { kind: 'asset', category: 'ldds', label: 'LDDS', valueCents: 100_000 } })
    expect(created.status).toBe(201)
    const refused = await rest('PATCH', `/assets/${created.body.doc.id}`, { token: investor.token, body: { valueCents: '2000' } })
    expect(refused.status).toBe(400)
    expect(errorsOf(refused.body)).toContainEqual(expect.objectContaining({ path: 'valueCents', message: 'Le montant doit être un nombre entier de centimes.' }))
    expect((await rest('GET', `/assets/${created.body.doc.id}?depth=0`, { token: investor.token })).body.valueCents).toBe(100_000)
  })
})

describe('finding text in number fields, at any depth', async () => {
  const payload = await testPayload()
  const invoiceFields = payload.collections.invoices.config.flattenedFields

  it('names the row of an array', () => {
    const data = { lines: [{ label: 'A', quantity: 1, unitPriceExclVatCents: 100 }, { label: 'B', quantity: '2x', unitPriceExclVatCents: 100 }] }
    expect(textsInNumbers(invoiceFields, data).map((found) => found.path)).toEqual(['lines.1.quantity'])
  })

  it('lets numbers and null through', () => {
    expect(textsInNumbers(invoiceFields, { totalExclVatCents: null, lines: [{ quantity: 3, unitPriceExclVatCents: 0 }] })).toEqual([])
  })
})

type Walked = { where: string; field: Field }
/** Fields nobody sees in the admin: Payload's hidden ones (password hash, auth sessions) and disabled ones. */
const unseen = (field: Field) =>
  Boolean((field as { hidden?: boolean }).hidden) ||
  Boolean(
    (field.admin as { hidden?: boolean; disabled?: boolean } | undefined)?.hidden ||
    (field.admin as { disabled?: boolean } | undefined)?.disabled,
  )
/** Every field shown in the admin (the sanitized config: Payload's own fields included, unlabelled ones given a generated English label). */
const walk = (fields: Field[], where: string, out: Walked[] = []): Walked[] => {
  for (const field of fields) {
    if (unseen(field)) continue
    const name = 'name' in field ? field.name : field.type
    out.push({ where: `${where}.${name}`, field })
    if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields, `${where}.${name}`, out)
    else if (field.type === 'blocks') for (const block of field.blocks ?? []) walk(block.fields, `${where}.${block.slug}`, out)
    else if ('fields' in field && Array.isArray(field.fields)) walk(field.fields, `${where}.${name}`, out)
  }
  return out
}
const isBilingual = (label: unknown) =>
  typeof label === 'object' && label !== null && typeof (label as any).fr === 'string' && typeof (label as any).en === 'string'
// Payload's own fields (createdAt, email, password…) carry its translated labels as functions.
const isPayloadTranslated = (label: unknown) => typeof label === 'function'

describe('the back office speaks French', async () => {
  const payload = await testPayload()
  const ours = payload.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
  const fields = ours.flatMap((collection) => walk(collection.fields, collection.slug))

  it('names every collection in French and English, singular and plural', () => {
    const unnamed = ours.filter((c) => !isBilingual(c.labels?.singular) || !isBilingual(c.labels?.plural)).map((c) => c.slug)
    expect(unnamed).toEqual([])
  })

  it('labels every data field, array and block shown in the admin in French and English', () => {
    const unlabelled = fields
      .filter(({ field }) => 'name' in field && field.type !== 'ui' && field.name !== 'blockName')
      .filter(
        ({ field }) => !isBilingual((field as { label?: unknown }).label) && !isPayloadTranslated((field as { label?: unknown }).label),
      )
      .map(({ where }) => where)
    expect(unlabelled).toEqual([])
  })

  it('gives every array and block the words of its "Ajouter …" button', () => {
    const bare = fields
      .filter(({ field }) => field.type === 'array')
      .filter(({ field }) => !isBilingual((field as any).labels?.singular) || !isBilingual((field as any).labels?.plural))
      .map(({ where }) => where)
    const blocks = ours.flatMap((c) =>
      walk(c.fields, c.slug).flatMap(({ field, where }) =>
        field.type === 'blocks'
          ? (field.blocks ?? []).filter((b) => !isBilingual(b.labels?.singular)).map((b) => `${where}:${b.slug}`)
          : [],
      ),
    )
    expect([...bare, ...blocks]).toEqual([])
  })

  it('enters and shows every amount in cents through the one money field', () => {
    const amounts = fields.filter(({ field }) => field.type === 'number' && /Cents$/.test(field.name))
    expect(amounts.length).toBeGreaterThan(0)
    const plain = amounts.filter(
      ({ field }) => (field.admin?.components as { Field?: unknown } | undefined)?.Field !== MONEY_FIELD_COMPONENT,
    )
    expect(plain.map(({ where }) => where)).toEqual([])
  })
})
