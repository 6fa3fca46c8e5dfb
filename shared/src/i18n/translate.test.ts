import { describe, expect, it } from 'vitest'
import { en } from './messages.en'
import { fr } from './messages.fr'
import { isMessageKey, translate } from './translate'

describe('translate', () => {
  it('returns the message in the asked locale', () => {
    expect(translate('fr', 'nav.login')).toBe('Se connecter')
    expect(translate('en', 'nav.login')).toBe('Log in')
  })

  it('fills {name} placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'email.greeting', { name: 'Camille' })).toBe('Bonjour Camille,')
    expect(translate('en', 'footer.copyright', { year: 2026, firm: 'Atlas SAS' })).toBe('© 2026 Atlas SAS. All rights reserved.')
    expect(translate('fr', 'email.greeting')).toBe('Bonjour {name},')
  })

  it('falls back to French for an unknown locale', () => {
    expect(translate('de', 'nav.login')).toBe('Se connecter')
  })

  it('returns an unknown key unchanged', () => {
    expect(translate('fr', 'no.such.key')).toBe('no.such.key')
    expect(isMessageKey('no.such.key')).toBe(false)
    expect(isMessageKey('errors.email.taken')).toBe(true)
  })

  it('does not treat inherited object properties as keys', () => {
    expect(isMessageKey('toString')).toBe(false)
    expect(translate('fr', 'constructor')).toBe('constructor')
  })
})

describe('catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort())
  })

  it('have no empty message', () => {
    for (const catalog of [fr, en]) for (const text of Object.values(catalog)) expect(text.trim()).not.toBe('')
  })

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
    for (const key of Object.keys(fr) as (keyof typeof fr)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]))
  })
})
