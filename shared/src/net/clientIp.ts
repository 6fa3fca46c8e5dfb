/**
 * Which address a request comes from, for the per-IP rate limits
 * (docs/decisions/018-secrets-and-client-ip.md). Pure: the servers pass in
 * the TCP peer address and the X-Forwarded-For header; X-Real-IP is never read.
 */

/** Stamped by the server on every request it accepts (see peerAddress.server.ts); a client cannot set it. */
export const PEER_ADDRESS_HEADER = 'x-atlas-peer-address'

/** An IPv4 client seen on a dual-stack socket is `::ffff:1.2.3.4`: count it as `1.2.3.4`. */
const normalize = (address: string): string => {
  const trimmed = address.trim()
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed)
  return mapped ? mapped[1]! : trimmed.toLowerCase()
}

/**
 * TRUST_PROXY: how many reverse proxies in front of the server append to
 * X-Forwarded-For. 0 (unset) = nobody: the TCP peer is the client.
 * Anything but a whole number from 0 to 10 is a configuration error.
 */
export function parseTrustProxy(raw: string | undefined): number {
  const text = raw?.trim() ?? ''
  if (text === '') return 0
  if (!/^\d+$/.test(text) || Number(text) > 10) {
    throw new Error(`TRUST_PROXY must be the number of trusted proxy hops (0 to 10), not "${raw}".`)
  }
  return Number(text)
}

/**
 * The client's address: walk the chain [X-Forwarded-For entries…, TCP peer]
 * from the right, skipping the `trustProxy` hops we trust to have appended
 * honestly. Entries left of that are whatever the client wrote, so they are
 * never used. Same rule as Express's numeric `trust proxy`: when the chain is
 * shorter than promised, the leftmost address is the answer.
 * Without a peer address (the server did not stamp it) the answer is
 * 'unknown': one shared bucket, stricter, never looser.
 */
export function clientIpFrom(input: { peerAddress: string | null | undefined; forwardedFor: string | null | undefined; trustProxy: number }): string {
  const peer = input.peerAddress?.trim()
  if (!peer) return 'unknown'
  if (input.trustProxy === 0) return normalize(peer)
  const forwarded = (input.forwardedFor ?? '').split(',').map((part) => part.trim()).filter(Boolean)
  const chain = [...forwarded, peer]
  const index = Math.max(0, chain.length - 1 - input.trustProxy)
  return normalize(chain[index]!)
}
