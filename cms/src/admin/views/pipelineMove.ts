/** The pipeline's columns and cards as the board holds them. */
export type PipelineCard = {
  id: number
  name: string
  email: string
  nextActionAt: string | null
  owner: string | null
  estimatedAssetsCents: number | null
}
export type PipelineColumn = { stage: string; count: number; estimatedAssetsCents: number; cards: PipelineCard[] }

/**
 * The board after moving card `id` to `stage`: the card leaves its column
 * and heads the new one, counts and estimated assets follow. Unchanged (same
 * object) when the card is unknown or already there.
 */
export function moveCard(columns: PipelineColumn[], id: number, stage: string): PipelineColumn[] {
  const from = columns.find((column) => column.cards.some((card) => card.id === id))
  const card = from?.cards.find((c) => c.id === id)
  if (!from || !card || from.stage === stage || !columns.some((column) => column.stage === stage)) return columns
  const cents = card.estimatedAssetsCents ?? 0
  return columns.map((column) => {
    if (column.stage === from.stage) {
      return { ...column, count: column.count - 1, estimatedAssetsCents: column.estimatedAssetsCents - cents, cards: column.cards.filter((c) => c.id !== id) }
    }
    if (column.stage === stage) {
      return { ...column, count: column.count + 1, estimatedAssetsCents: column.estimatedAssetsCents + cents, cards: [card, ...column.cards] }
    }
    return column
  })
}
