import { clientIpOfRequest, installPeerAddressStamp } from '@atlas/shared/net/peerAddress.server'
import { env } from './env.server'

/*
 * react-router-serve hands a route a fetch Request without the socket, so the
 * server stamps each request with its TCP peer address as it arrives
 * (installed here, when the server build is imported, before it listens).
 * docs/decisions/018-secrets-and-client-ip.md.
 */
installPeerAddressStamp()

/**
 * The visitor's IP: web's TCP peer, or with TRUST_PROXY=n the address n
 * proxies back in X-Forwarded-For. Entries further left are whatever the
 * client wrote and never count; X-Real-IP is not read.
 */
export const clientIpOf = (request: Request): string => clientIpOfRequest(request.headers, env.trustProxy)

/** Headers with which web vouches to the cms for its visitor's IP (decisions 008 and 018). */
export const visitorHeaders = (request: Request): Record<string, string> => ({
  'x-atlas-client-ip': clientIpOf(request),
  'x-atlas-forward-key': env.webForwardKey,
})
