import { describe, expect, it } from 'vitest'
import { deviceLabel } from './device'

describe('deviceLabel', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'Firefox · Linux'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0', 'Edge · Windows'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1', 'Safari · iOS'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36', 'Chrome · Linux'],
  ])('names %s', (ua, label) => {
    expect(deviceLabel(ua)).toBe(label)
  })

  it('says nothing for an empty or unknown agent', () => {
    expect(deviceLabel('')).toBeNull()
    expect(deviceLabel(null)).toBeNull()
    expect(deviceLabel('curl/8.0')).toBeNull()
  })
})
