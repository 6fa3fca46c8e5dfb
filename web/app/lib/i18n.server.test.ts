import { describe, expect, it } from 'vitest'
import { getLocale, localeFromAcceptLanguage, pickLocale } from './i18n.server'
import { sessionStorage } from './session.server'

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7', 'fr'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['en;q=0.5, fr;q=0.8', 'fr'],
    ['EN-us', 'en'],
    ['*', null],
    ['de, es', null],
    ['fr;q=0, en', 'en'],
    ['', null],
    [null, null],
  ])('%j → %j', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected)
  })
})

describe('pickLocale', () => {
  it('prefers the language kept in the session', () => {
    expect(pickLocale({ sessionLocale: 'en', queryLang: 'fr', acceptLanguage: 'fr' })).toBe('en')
  })

  it('then ?lang=', () => {
    expect(pickLocale({ sessionLocale: undefined, queryLang: 'en', acceptLanguage: 'fr' })).toBe('en')
  })

  it('then the browser language', () => {
    expect(pickLocale({ queryLang: 'xx', acceptLanguage: 'en-US,en;q=0.9' })).toBe('en')
  })

  it('and French by default', () => {
    expect(pickLocale({})).toBe('fr')
    expect(pickLocale({ sessionLocale: 'de', queryLang: 'it', acceptLanguage: 'es' })).toBe('fr')
  })
})

describe('getLocale', () => {
  it('reads the session cookie, the query and the header of a request', async () => {
    const session = await sessionStorage.getSession()
    session.set('locale', 'en')
    const cookie = (await sessionStorage.commitSession(session)).split(';')[0] ?? ''
    const withSession = new Request('http://web.test/?lang=fr', { headers: { Cookie: cookie } })
    expect(await getLocale(withSession)).toBe('en')
    expect(await getLocale(new Request('http://web.test/?lang=en'))).toBe('en')
    expect(await getLocale(new Request('http://web.test/', { headers: { 'Accept-Language': 'en' } }))).toBe('en')
    expect(await getLocale(new Request('http://web.test/'))).toBe('fr')
  })
})
