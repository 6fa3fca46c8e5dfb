import { env } from '../../lib/env.server'

const CMS_TIMEOUT_MS = 2_000

/** Liveness for the orchestrator: up when the cms answers its own health check within 2 s. */
export async function loader() {
  let cmsUp = false
  try {
    const response = await fetch(`${env.cmsUrl}/api/health`, { signal: AbortSignal.timeout(CMS_TIMEOUT_MS) })
    cmsUp = response.status === 200
    await response.body?.cancel()
  } catch {
    cmsUp = false
  }
  return Response.json(cmsUp ? { status: 'ok', cms: 'up' } : { status: 'degraded', cms: 'down' }, {
    status: cmsUp ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
