/**
 * Runs once when the cms server starts, before it accepts a request (Next.js
 * instrumentation hook): stamps every request with its TCP peer address (the
 * rate limits' client IP, docs/decisions/018-secrets-and-client-ip.md) and
 * reads the settings, so that a production server with a missing or
 * published secret stops here with one sentence instead of serving.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { installPeerAddressStamp } = await import('@atlas/shared/net/peerAddress.server')
  installPeerAddressStamp()
  await import('./env')
}
