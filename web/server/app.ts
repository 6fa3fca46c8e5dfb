/**
 * web's HTTP server (built by Vite with the app, started by web/server.js):
 * security headers on every response, a body limit before any action reads a
 * body, the static files, then React Router. It replaces react-router-serve,
 * which can add neither (docs/decisions/023-security-headers.md).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import compression from 'compression'
import express, { type Request as ExpressRequest, type Response as ExpressResponse } from 'express'
import { createRequestHandler } from 'react-router'
import * as build from 'virtual:react-router/server-build'
import { BODY_LIMIT_BYTES } from '@atlas/shared/net/bodyLimit'
import { readBody, sendResponse, tooLarge } from './http'
import { framingOf } from './documentFraming'
import { newNonce, webSecurityHeaders } from './securityHeaders'

const setting = (name: string, fallback: string) => process.env[name]?.trim() || fallback
const webUrl = setting('WEB_URL', 'http://localhost:3000')
const cmsPublicUrl = setting('CMS_PUBLIC_URL', 'http://localhost:3001')

const handle = createRequestHandler(build, process.env.NODE_ENV)
// This file is build/server/index.js once built; the browser's files are build/client.
const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client')

export const app = express()
app.disable('x-powered-by')

app.use((req, res, next) => {
  const nonce = newNonce()
  res.locals.cspNonce = nonce
  res.set(webSecurityHeaders({ nonce, webUrl, cmsPublicUrl, framing: framingOf(req.path) }))
  next()
})
app.use(compression())
app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y', index: false }))
app.use(express.static(clientDir, { maxAge: '1h', index: false }))

const toFetchRequest = (req: ExpressRequest, body: Uint8Array<ArrayBuffer> | undefined, signal: AbortSignal): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`)
  return new Request(url, { method: req.method, headers, body, signal })
}

app.all('*', async (req: ExpressRequest, res: ExpressResponse, next) => {
  try {
    let body: Uint8Array<ArrayBuffer> | undefined
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const read = await readBody(req, BODY_LIMIT_BYTES)
      if (read === 'too-large') return tooLarge(req, res, BODY_LIMIT_BYTES)
      body = read
    }
    const controller = new AbortController()
    res.on('close', () => {
      if (!res.writableFinished) controller.abort()
    })
    const response = await handle(toFetchRequest(req, body, controller.signal), { cspNonce: res.locals.cspNonce as string })
    await sendResponse(res, response)
  } catch (error) {
    next(error)
  }
})
