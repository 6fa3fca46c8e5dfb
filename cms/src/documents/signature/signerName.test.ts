import { describe, expect, it } from 'vitest'
import { sameSignerName } from './signerName'

describe("a signer's typed name", () => {
  it('matches the account name whatever the case, accents, spaces and apostrophe', () => {
    expect(sameSignerName('  élise  D\'ARTOIS ', 'Élise d’Artois')).toBe(true)
    expect(sameSignerName('jean-francois muller', 'Jean‑François Müller')).toBe(true)
  })
  it('refuses another name, a part of it, or nothing', () => {
    expect(sameSignerName('Élise', 'Élise d’Artois')).toBe(false)
    expect(sameSignerName('Élise Dartois', 'Élise d’Artois')).toBe(false)
    expect(sameSignerName('   ', '')).toBe(false)
  })
})
