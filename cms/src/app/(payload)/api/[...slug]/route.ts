/*
 * Payload's REST API (generated shape): every /api/* route, with the security
 * headers on every answer and the 1 MB body limit on writes
 * (docs/decisions/023-security-headers.md).
 */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { limitBody } from '../../../../http/bodyLimit'
import { withApiHeaders } from '../../../../http/securityHeaders'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>
const secured =
  <Context>(handler: Handler<Context>): Handler<Context> =>
  async (request, context) =>
    withApiHeaders(await handler(request, context))

export const GET = secured(REST_GET(config))
export const POST = secured(limitBody(REST_POST(config)))
export const DELETE = secured(REST_DELETE(config))
export const PATCH = secured(limitBody(REST_PATCH(config)))
export const PUT = secured(limitBody(REST_PUT(config)))
export const OPTIONS = secured(REST_OPTIONS(config))
