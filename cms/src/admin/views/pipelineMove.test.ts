import { describe, expect, it } from 'vitest'
import { moveCard, type PipelineColumn } from './pipelineMove'

const card = (id: number, estimatedAssetsCents: number | null) => ({ id, name: `P${id}`, email: `p${id}@x.fr`, nextActionAt: null, owner: null, estimatedAssetsCents })
const board = (): PipelineColumn[] => [
  { stage: 'new', count: 5, estimatedAssetsCents: 500_000_00, cards: [card(1, 300_000_00), card(2, null)] },
  { stage: 'meeting', count: 1, estimatedAssetsCents: 10_000_00, cards: [card(3, 10_000_00)] },
  { stage: 'won', count: 0, estimatedAssetsCents: 0, cards: [] },
]

describe('moving a pipeline card', () => {
  it('moves the card to the head of the new column, with counts and estimated assets', () => {
    const after = moveCard(board(), 1, 'meeting')
    expect(after.map((c) => [c.stage, c.count, c.estimatedAssetsCents, c.cards.map((x) => x.id)])).toEqual([
      ['new', 4, 200_000_00, [2]],
      ['meeting', 2, 310_000_00, [1, 3]],
      ['won', 0, 0, []],
    ])
  })

  it('counts a card without estimate as zero euros', () => {
    const after = moveCard(board(), 2, 'won')
    expect(after[0]).toMatchObject({ count: 4, estimatedAssetsCents: 500_000_00 })
    expect(after[2]).toMatchObject({ count: 1, estimatedAssetsCents: 0 })
  })

  it('leaves the board as it is for the same column, an unknown card or stage', () => {
    const columns = board()
    expect(moveCard(columns, 1, 'new')).toBe(columns)
    expect(moveCard(columns, 99, 'won')).toBe(columns)
    expect(moveCard(columns, 1, 'nowhere')).toBe(columns)
  })
})
