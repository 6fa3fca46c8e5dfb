import { randomInt } from 'node:crypto'

/** The key web and cms share by default (WEB_FORWARD_KEY in .env.example). */
export const FORWARD_KEY = process.env.WEB_FORWARD_KEY || 'atlas-dev-forward-key-change-me'

/** A made-up visitor address (TEST-NET-2), so each test has its own rate-limit bucket. */
export const visitorIp = () => `198.51.${randomInt(0, 256)}.${randomInt(1, 255)}`

/** Headers with which web vouches for its visitor's IP when it calls the cms. */
export const asVisitor = (ip = visitorIp()) => ({ 'x-atlas-client-ip': ip, 'x-atlas-forward-key': FORWARD_KEY })
