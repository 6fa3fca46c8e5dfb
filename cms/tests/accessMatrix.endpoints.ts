import type { Payload } from 'payload'
import { exampleAnswers } from '@atlas/shared/profile/questionnaire'
import type { Cast } from '../../tests/support/accounts'
import { createIssuedInvoice } from '../src/invoices/issue'
import { MATRIX_QUEUE } from './accessMatrix.internalFixtures'
import { manualDraft } from './invoiceFixtures'
import { readyDocument } from './clientDocumentFixtures'

export type EndpointFixture = {
  /** Arranges the target and returns the path to call (method from the row's name). */
  path: (payload: Payload, cast: Cast) => Promise<string>
  /** What must stay as it was after a refused call. */
  state?: (payload: Payload, cast: Cast) => Promise<unknown>
}

const profileOf = async (payload: Payload, cast: Cast) =>
  (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: cast.investor.id } } })).docs[0]!

let resetTarget = 0
let draftInvoice = 0
const readyBilans: Record<number, Promise<number>> = {}

/** The fixtures of ENDPOINT_ACCESS (accessMatrix.table.ts), by row name. */
export const ENDPOINT_FIXTURES: Record<string, EndpointFixture> = {
  'GET /health': { path: async () => '/health' },
  // A ready bilan of the investor (one per cast): the advisor's client's, so the advisor reads it too.
  'GET /client-documents/:id/pdf': {
    path: async (payload, cast) => {
      readyBilans[cast.investor.id] ??= readyDocument(payload, cast.investor.id).then((doc) => doc.id)
      return `/client-documents/${await readyBilans[cast.investor.id]}/pdf`
    },
  },
  // A job queued on the matrix's own queue: a refused run leaves it queued.
  'GET /payload-jobs/run': {
    path: async (payload) => {
      await payload.create({ collection: 'payload-jobs', overrideAccess: true, data: { taskSlug: 'purgeRateLimitRows', queue: MATRIX_QUEUE, input: {} } as never })
      return `/payload-jobs/run?queue=${MATRIX_QUEUE}`
    },
  },
  'GET /payload-jobs/handle-schedules': { path: async () => `/payload-jobs/handle-schedules?queue=${MATRIX_QUEUE}` },
  'GET /back-office/figures': { path: async () => '/back-office/figures' },
  // Names no account: each caller gets their own entitlements.
  'GET /billing/entitlements': { path: async () => '/billing/entitlements' },
  'GET /back-office/clients': { path: async (_payload, cast) => `/back-office/clients?q=${encodeURIComponent(cast.investor.email)}` },
  'POST /profiles/:id/validate': {
    // The investor's profile, sent back to "submitted" before each call.
    path: async (payload, cast) => {
      const profile = await profileOf(payload, cast)
      await payload.update({ collection: 'profiles', id: profile.id, overrideAccess: true, data: { ...exampleAnswers(), status: 'submitted' } as never })
      return `/profiles/${profile.id}/validate`
    },
    state: async (payload, cast) => (await profileOf(payload, cast)).status,
  },
  'POST /users/two-factor/reset/:id': {
    // A fresh account each call (a reset ends its sessions); the reset is written down on it.
    path: async (payload) => {
      const target = await payload.create({
        collection: 'users',
        overrideAccess: true,
        disableVerificationEmail: true,
        data: { email: `reset-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@test.atlas`, password: 'Correct-horse-42-battery', name: 'Cible', role: 'investor', acceptTerms: true, _verified: true } as never,
      })
      resetTarget = target.id as number
      return `/users/two-factor/reset/${resetTarget}`
    },
    state: async (payload) =>
      (await payload.db.findOne<{ id: number; twoFactorResetAt?: unknown }>({ collection: 'users', where: { id: { equals: resetTarget } } }))?.twoFactorResetAt ?? null,
  },
  // A fresh draft of the investor each call: a refused issue leaves it a draft.
  'POST /invoices/:id/issue': {
    path: async (payload, cast) => {
      draftInvoice = Number((await payload.create({ collection: 'invoices', overrideAccess: true, data: { ...manualDraft(cast.investor.id), status: 'draft' } })).id)
      return `/invoices/${draftInvoice}/issue`
    },
    state: async (payload) => (await payload.findByID({ collection: 'invoices', id: draftInvoice, overrideAccess: true, depth: 0 })).status,
  },
  'GET /invoices/:id/pdf': { path: async (payload, cast) => `/invoices/${(await createIssuedInvoice(payload, manualDraft(cast.investor.id))).id}/pdf` },
  // Only a session held at login for its code may verify: a full session is refused whatever its role.
  'POST /users/two-factor/verify': { path: async () => '/users/two-factor/verify' },
}
