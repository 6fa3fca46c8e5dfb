import { offlineAnswer } from '@atlas/shared/assistant'
import { setTimeout as sleep } from 'node:timers/promises'
import type { AnswerProvider } from './answerProvider'

/** Pause between two pieces of an offline answer, so it streams like a provider's. */
export const OFFLINE_PIECE_DELAY_MS = 30

/** The answer cut into pieces of a few words, spaces and line breaks kept. */
export const piecesOf = (text: string, wordsPerPiece = 3): string[] => {
  const words = text.match(/\S+\s*/g) ?? []
  const lead = text.slice(0, text.length - words.join('').length)
  const pieces: string[] = []
  for (let i = 0; i < words.length; i += wordsPerPiece) pieces.push(words.slice(i, i + wordsPerPiece).join(''))
  if (lead && pieces.length) pieces[0] = lead + pieces[0]
  return pieces
}

/**
 * The assistant without a provider key: the rule-based answerer of
 * @atlas/shared/assistant on the investor's own figures, streamed in pieces
 * for the same UI. No tokens are used.
 */
export function offlineProvider(pieceDelayMs = OFFLINE_PIECE_DELAY_MS): AnswerProvider {
  return {
    mode: 'offline',
    model: null,
    async *answer({ turns, summary, locale, signal }) {
      const question = [...turns].reverse().find((turn) => turn.role === 'user')?.content ?? ''
      for (const piece of piecesOf(offlineAnswer(question, summary, locale))) {
        signal.throwIfAborted()
        yield { text: piece }
        if (pieceDelayMs > 0) await sleep(pieceDelayMs, undefined, { signal })
      }
    },
  }
}
