import { describe, expect, it } from 'vitest'
import { financeableAssets } from './financeableAssets'

describe('what a loan may finance', () => {
  it('lists the investor’s assets by label with their category, never a debt nor the loan itself', () => {
    const docs = [
      { id: 3, kind: 'liability' as const, category: 'mortgage', label: 'Prêt', valueCents: 100 },
      { id: 1, kind: 'asset' as const, category: 'rental-property', label: 'Studio', valueCents: 100 },
      { id: 2, kind: 'asset' as const, category: 'main-home', label: 'Appartement', valueCents: 100 },
      { id: 4, kind: 'asset' as const, category: 'main-home', label: '', valueCents: 100 },
    ]
    expect(financeableAssets(docs, 'fr', '4')).toEqual([
      { id: '2', label: 'Appartement (Résidence principale)' },
      { id: '1', label: 'Studio (Immobilier locatif)' },
    ])
  })
})
