import type { Endpoint } from 'payload'

/** The honeypot field: hidden from people, filled in by form-filling robots. */
export const HONEYPOT_FIELD = 'website'

/**
 * POST /api/prospects/contact — the contact form's entry. A filled honeypot
 * gets the same 201 a person gets, and nothing is stored. Otherwise it is a
 * plain create as the caller: access rules, the shared schema check and the
 * per-IP limit all run in the collection's hooks.
 */
export const contactEndpoint: Endpoint = {
  path: '/contact',
  method: 'post',
  handler: async (req) => {
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Record<string, unknown>
    const { [HONEYPOT_FIELD]: honeypot, ...data } = body
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      return Response.json({ message: 'received' }, { status: 201 })
    }
    await req.payload.create({ collection: 'prospects', data: data as never, overrideAccess: false, req, depth: 0 })
    return Response.json({ message: 'received' }, { status: 201 })
  },
}
