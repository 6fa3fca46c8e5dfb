import type { PayloadRequest } from 'payload'
import { clientIpOf, isVouchedByWeb } from '../../rateLimit/clientIp'

/** Header in which web passes its visitor's browser (User-Agent), believed only with the forward key, like the IP. */
export const CLIENT_USER_AGENT_HEADER = 'x-atlas-client-user-agent'

const MAX_USER_AGENT = 512

/**
 * Where a signature comes from: the signer's IP as the rate limits see it
 * (web vouches for its visitor, decision 018) and their browser — web's
 * forwarded one when web vouches, else the request's own User-Agent.
 */
export const signerOrigin = (req: Pick<PayloadRequest, 'headers'>): { ip: string; userAgent: string } => {
  const forwarded = isVouchedByWeb(req) ? req.headers.get(CLIENT_USER_AGENT_HEADER) : null
  const userAgent = (forwarded ?? req.headers.get('user-agent') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim()
  return { ip: clientIpOf(req), userAgent: userAgent.slice(0, MAX_USER_AGENT) }
}
