import { describe, expect, it } from 'vitest'
import { EMPTY_ASSET_FORM, assetToForm, formFieldErrors, parseAssetForm } from './assetForm'

const form = (overrides: Partial<typeof EMPTY_ASSET_FORM>) => ({ ...EMPTY_ASSET_FORM, ...overrides })

describe('parseAssetForm', () => {
  it('builds the cms body, amounts in cents from French input', () => {
    const parsed = parseAssetForm(
      form({ category: 'pea', label: ' PEA ', value: '31 200,50', contributions: '26 000', openedAt: '2019-03-15', sharePct: '100' }),
    )
    expect(parsed).toEqual({
      ok: true,
      body: expect.objectContaining({
        kind: 'asset', category: 'pea', label: 'PEA', valueCents: 3_120_050, contributionsCents: 2_600_000,
        openedAt: '2019-03-15T12:00:00.000Z', ownershipSharePct: 100, cryptoSymbol: null, cryptoQuantity: null,
      }),
    })
  })

  it('derives a liability from its category and keeps crypto details for crypto only', () => {
    expect(parseAssetForm(form({ category: 'mortgage', label: 'Prêt', value: '200000' }))).toMatchObject({ body: { kind: 'liability' } })
    expect(
      parseAssetForm(form({ category: 'crypto', label: 'BTC', value: '3 100', cryptoSymbol: 'btc', cryptoQuantity: '0,038' })),
    ).toMatchObject({ body: { cryptoSymbol: 'BTC', cryptoQuantity: 0.038 } })
  })

  it('names each wrong field', () => {
    const parsed = parseAssetForm(
      form({ category: 'crypto', label: '', value: '12,345', contributions: '-5', openedAt: '2019-02-30', sharePct: '150' }),
    )
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        label: 'errors.asset.label',
        value: 'errors.asset.amount',
        contributions: 'errors.asset.amountNegative',
        openedAt: 'errors.asset.openedAt',
        sharePct: 'errors.asset.sharePct',
        cryptoSymbol: 'errors.asset.cryptoSymbol',
        cryptoQuantity: 'errors.asset.cryptoQuantity',
      },
    })
  })

  it('sends a debt’s financed asset, mensualité and end date, and drops them on an asset', () => {
    const loan = form({ category: 'mortgage', label: 'Prêt', value: '214 500', financedAsset: '12', monthlyPayment: '1 380', endsAt: '2041-12-05' })
    expect(parseAssetForm(loan)).toMatchObject({
      ok: true, body: { kind: 'liability', financedAsset: 12, monthlyPaymentCents: 138_000, endsAt: '2041-12-05T12:00:00.000Z' },
    })
    expect(parseAssetForm({ ...loan, category: 'main-home' })).toMatchObject({
      ok: true, body: { kind: 'asset', financedAsset: null, monthlyPaymentCents: null, endsAt: null },
    })
    expect(parseAssetForm({ ...loan, financedAsset: '' })).toMatchObject({ ok: true, body: { financedAsset: null } })
    expect(parseAssetForm({ ...loan, financedAsset: '1 OR 1', monthlyPayment: 'beaucoup', endsAt: '2041-02-30' })).toEqual({
      ok: false,
      fieldErrors: { financedAsset: 'errors.loan.financedAssetUnknown', monthlyPayment: 'errors.asset.amount', endsAt: 'errors.loan.endsAt' },
    })
    expect(formFieldErrors({ financedAsset: 'pas à vous', monthlyPaymentCents: 'm', endsAt: 'd' })).toEqual({
      financedAsset: 'pas à vous', monthlyPayment: 'm', endsAt: 'd',
    })
    const stored = assetToForm(
      { id: 2, kind: 'liability', category: 'mortgage', label: 'Prêt', valueCents: 100, financedAsset: 12, monthlyPaymentCents: 138_000, endsAt: '2041-12-05T12:00:00.000Z' },
      'fr',
    )
    expect(stored).toMatchObject({ financedAsset: '12', monthlyPayment: '1380,00', endsAt: '2041-12-05' })
  })

  it('maps cms paths to inputs and round-trips a stored asset', () => {
    expect(formFieldErrors({ valueCents: 'trop', contributionsCents: 'plafond', ownershipSharePct: 'x' })).toEqual({
      value: 'trop', contributions: 'plafond', sharePct: 'x',
    })
    const values = assetToForm(
      { id: 1, kind: 'asset', category: 'livret-a', label: 'Livret', valueCents: 2_295_000, ownershipSharePct: 33.33 },
      'fr',
    )
    expect(values).toMatchObject({ value: '22950,00', sharePct: '33,33' })
    expect(parseAssetForm(values)).toMatchObject({ ok: true, body: { valueCents: 2_295_000, ownershipSharePct: 33.33 } })
  })

  it('needs no value for a quoted holding: the cms computes it from the price', () => {
    expect(parseAssetForm(form({ category: 'crypto', label: 'Bitcoin', cryptoSymbol: 'BTC', cryptoQuantity: '0,5' }))).toMatchObject({
      ok: true, body: { valueCents: null, cryptoSymbol: 'BTC', cryptoQuantity: 0.5 },
    })
    expect(parseAssetForm(form({ category: 'pea', label: 'PEA', listedSymbol: ' cw8 ', listedQuantity: '50' }))).toMatchObject({
      ok: true, body: { valueCents: null, listedSymbol: 'CW8', listedQuantity: 50 },
    })
    // a PEA without a security is typed by hand
    expect(parseAssetForm(form({ category: 'pea', label: 'PEA' }))).toEqual({ ok: false, fieldErrors: { value: 'errors.required' } })
  })

  it('wants a listed security and its quantity together, and drops them off a listed category', () => {
    expect(parseAssetForm(form({ category: 'pea', label: 'PEA', value: '10', listedQuantity: '3' }))).toEqual({
      ok: false, fieldErrors: { listedSymbol: 'errors.asset.listedPair' },
    })
    expect(parseAssetForm(form({ category: 'pea', label: 'PEA', listedSymbol: 'FR000012', listedQuantity: 'trois' }))).toEqual({
      ok: false, fieldErrors: { listedSymbol: 'errors.asset.listedSymbol', listedQuantity: 'errors.asset.listedQuantity' },
    })
    expect(parseAssetForm(form({ category: 'livret-a', label: 'Livret', value: '10', listedSymbol: 'CW8', listedQuantity: '3' }))).toMatchObject({
      ok: true, body: { listedSymbol: null, listedQuantity: null },
    })
    expect(formFieldErrors({ listedSymbol: 'x', listedQuantity: 'y' })).toEqual({ listedSymbol: 'x', listedQuantity: 'y' })
  })
})
