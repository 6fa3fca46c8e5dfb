import { describe, expect, it } from 'vitest'
import { frenchSpacing } from './frenchSpacing'

describe('French spacing in a PDF', () => {
  it('ties ; : ! ? » to the word before and « to the word after', () => {
    expect(frenchSpacing('ci-après « le client » ; il déclare : oui ! Vraiment ?')).toBe('ci-après «\u00a0le client\u00a0»\u00a0; il déclare\u00a0: oui\u00a0! Vraiment\u00a0?')
  })

  it('leaves URLs, times and punctuation without a space alone', () => {
    expect(frenchSpacing('https://www.orias.fr à 10:30, fin.')).toBe('https://www.orias.fr à 10:30, fin.')
  })
})
