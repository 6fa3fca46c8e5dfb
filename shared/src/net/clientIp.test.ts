import { describe, expect, it } from 'vitest'
import { clientIpFrom, parseTrustProxy } from './clientIp'

describe('clientIpFrom: the address the rate limits count', () => {
  it('TRUST_PROXY=0: the TCP peer, whatever X-Forwarded-For claims', () => {
    expect(clientIpFrom({ peerAddress: '203.0.113.7', forwardedFor: '1.2.3.4', trustProxy: 0 })).toBe('203.0.113.7')
    expect(clientIpFrom({ peerAddress: '203.0.113.7', forwardedFor: null, trustProxy: 0 })).toBe('203.0.113.7')
  })

  it('TRUST_PROXY=1: the entry our one proxy appended (the last), not what the client wrote before it', () => {
    expect(clientIpFrom({ peerAddress: '10.0.0.2', forwardedFor: 'spoofed, 198.51.100.9', trustProxy: 1 })).toBe('198.51.100.9')
    expect(clientIpFrom({ peerAddress: '10.0.0.2', forwardedFor: '198.51.100.9', trustProxy: 1 })).toBe('198.51.100.9')
  })

  it('TRUST_PROXY=2: two hops back from the socket', () => {
    const forwardedFor = '6.6.6.6, 198.51.100.9, 10.0.0.1'
    expect(clientIpFrom({ peerAddress: '10.0.0.2', forwardedFor, trustProxy: 2 })).toBe('198.51.100.9')
  })

  it('a chain shorter than the trusted hops gives its leftmost address (as Express does)', () => {
    expect(clientIpFrom({ peerAddress: '10.0.0.2', forwardedFor: '', trustProxy: 1 })).toBe('10.0.0.2')
    expect(clientIpFrom({ peerAddress: '10.0.0.2', forwardedFor: '198.51.100.9', trustProxy: 3 })).toBe('198.51.100.9')
  })

  it('an IPv4 peer on a dual-stack socket counts as its IPv4 address', () => {
    expect(clientIpFrom({ peerAddress: '::ffff:127.0.0.1', forwardedFor: null, trustProxy: 0 })).toBe('127.0.0.1')
  })

  it('no peer address (the server did not stamp one): one shared "unknown" bucket, never the header', () => {
    expect(clientIpFrom({ peerAddress: undefined, forwardedFor: '198.51.100.9', trustProxy: 1 })).toBe('unknown')
  })
})

describe('parseTrustProxy', () => {
  it('unset is 0; whole numbers are hops', () => {
    expect(parseTrustProxy(undefined)).toBe(0)
    expect(parseTrustProxy(' ')).toBe(0)
    expect(parseTrustProxy('2')).toBe(2)
  })

  it('anything else is a configuration error naming TRUST_PROXY', () => {
    for (const raw of ['true', '-1', '1.5', '11', 'loopback']) expect(() => parseTrustProxy(raw)).toThrow(/TRUST_PROXY/)
  })
})
