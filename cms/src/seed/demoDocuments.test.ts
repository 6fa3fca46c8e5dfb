import { describe, expect, it } from 'vitest'
import { DEMO_ADVISOR_COMMENT, DEMO_RECOMMENDATION } from './demoDocuments'

type Node = { text?: string; children?: Node[] }
const textOf = (node: Node): string => (node.text ?? '') + (node.children ?? []).map(textOf).join(' ')

/** The demo's recommendation says in words what its figures are: checked here so the two never drift apart. */
describe('the demo recommendation and comment', () => {
  const products = DEMO_RECOMMENDATION.products
  const total = products.reduce((sum, p) => sum + p.amountCents, 0)

  it('invests 40 000 € in four products, a target allocation adding up to 100 % and matching the amounts', () => {
    // 10 000 + 12 000 + 8 000 + 10 000 = 40 000 €.
    expect(total).toBe(40_000_00)
    expect(DEMO_RECOMMENDATION.targetAllocation.reduce((sum, line) => sum + line.pct, 0)).toBe(100)
    for (const line of DEMO_RECOMMENDATION.targetAllocation) {
      const inClass = products.filter((p) => p.productClass === line.assetClass).reduce((sum, p) => sum + p.amountCents, 0)
      expect(inClass / total, line.assetClass).toBe(line.pct / 100)
    }
    expect(textOf(DEMO_RECOMMENDATION.rationale.root as Node)).toContain('40 000 €')
  })

  it('has the weighted SRI (about 3 of 7) and the article 8 share (half) the rationale states', () => {
    // (1 × 10 000 + 3 × 12 000 + 4 × 8 000 + 4 × 10 000) / 40 000 = 118 000 / 40 000 = 2,95 ≈ 3.
    const weightedSri = products.reduce((sum, p) => sum + p.sri * p.amountCents, 0) / total
    expect(weightedSri).toBeCloseTo(2.95, 10)
    expect(Math.round(weightedSri)).toBe(3)
    // Article 8: Carmignac Patrimoine 12 000 + Comgest Monde 8 000 = 20 000 of 40 000 = 50 %.
    expect(products.filter((p) => p.sfdr === '8').reduce((sum, p) => sum + p.amountCents, 0) / total).toBe(0.5)
    const rationale = textOf(DEMO_RECOMMENDATION.rationale.root as Node)
    expect(rationale).toContain('environ 3 sur 7')
    expect(rationale).toContain('la moitié des montants')
  })

  it('has an advisor’s comment of paragraphs, a heading and a list, in French', () => {
    const kinds = (DEMO_ADVISOR_COMMENT.root.children as { type: string }[]).map((node) => node.type)
    expect(kinds).toEqual(['paragraph', 'heading', 'list', 'paragraph'])
    expect(textOf(DEMO_ADVISOR_COMMENT.root as Node)).toContain('épargne de précaution')
  })
})
