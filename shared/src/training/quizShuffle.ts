/**
 * The order in which a quiz's options are shown, decided by the server for
 * each attempt. Answers are option ids, so the order never changes scoring;
 * it only makes "tick the second box again" meaningless.
 *
 * The order of attempt n is a Fisher–Yates shuffle seeded by `seedOf(n)`
 * (the cms derives it from a server secret, the investor, the quiz and n, so
 * it is stable across reloads of the same attempt and unknown in advance).
 * It is never the order of the attempt before (attempt 1: never the order the
 * editor typed, which any reader of the course sees): when the shuffle gives
 * the same order back, it is rotated by one.
 */

/** 32-bit FNV-1a of a string: spreads any seed text over the generator's state. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: a small seeded generator in [0, 1). Not for secrets — the seed is the secret part. */
function generator(seed: string): () => number {
  let state = hash(seed)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = [...items]
  const random = generator(seed)
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const sameOrder = (a: readonly string[], b: readonly string[]) => a.every((id, i) => id === b[i])

/** The option ids of one question in the order shown for attempt `attempt` (1-based). */
export function attemptOrder(optionIds: readonly string[], attempt: number, seedOf: (attempt: number) => string): string[] {
  let previous = [...optionIds]
  for (let n = 1; n <= Math.max(1, Math.floor(attempt)); n++) {
    let order = shuffled(optionIds, seedOf(n))
    if (order.length > 1 && sameOrder(order, previous)) order = [...order.slice(1), order[0]!]
    previous = order
  }
  return previous
}
