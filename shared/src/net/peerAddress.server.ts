/// <reference types="node" />
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { clientIpFrom, PEER_ADDRESS_HEADER } from './clientIp'

/*
 * Neither Next.js route handlers (cms) nor react-router-serve (web) give a
 * handler the TCP peer address: both turn Node's request into a fetch
 * Request that carries headers only. Node publishes every accepted request on
 * the `http.server.request.start` diagnostics channel before any listener
 * sees it; this subscriber writes the socket's address into a header,
 * replacing whatever a client sent under that name. Installed once per
 * process, at server start (cms: instrumentation.ts; web: the server build).
 */
const INSTALLED = Symbol.for('atlas.peerAddressStamp')

type RequestStart = { request: IncomingMessage; socket: Socket }

export function installPeerAddressStamp(): void {
  const registry = globalThis as Record<symbol, boolean>
  if (registry[INSTALLED]) return
  registry[INSTALLED] = true
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as RequestStart
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? ''
  })
}

/** Whether this process stamps requests; if not, the header may come from a client and is ignored. */
export const peerAddressStamped = (): boolean => Boolean((globalThis as Record<symbol, boolean>)[INSTALLED])

/** The client's address of a request this process accepted, by the TRUST_PROXY rule (clientIpFrom). */
export const clientIpOfRequest = (headers: Pick<Headers, 'get'>, trustProxy: number): string =>
  clientIpFrom({
    peerAddress: peerAddressStamped() ? headers.get(PEER_ADDRESS_HEADER) : null,
    forwardedFor: headers.get('x-forwarded-for'),
    trustProxy,
  })
