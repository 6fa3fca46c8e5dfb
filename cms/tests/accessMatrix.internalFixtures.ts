import type { Payload } from 'payload'
import type { Cast } from '../../tests/support/accounts'
import type { Fixture } from './accessMatrix.fixtures'
import type { MatrixRole } from './accessMatrix.table'

/** Fixtures of Payload's own collections (rows at the end of ACCESS_MATRIX). */
const unique = () => Math.random().toString(36).slice(2, 10)
const profileOf = async (payload: Payload, cast: Cast) =>
  (await payload.find({ collection: 'profiles', overrideAccess: true, where: { owner: { equals: cast.investor.id } } })).docs[0]!.id
/** The caller's own id (anonymous: the investor's, as a forger would send). */
const callerId = (cast: Cast, role: MatrixRole) => (role === 'anonymous' ? cast.investor.id : cast[role].id)

/** A queue nothing runs on its own, so fixture jobs stay queued. */
export const MATRIX_QUEUE = 'access-matrix'

export const INTERNAL_FIXTURES: Record<string, Fixture> = {
  'payload-locked-documents': {
    slug: 'payload-locked-documents',
    // The advisor editing the investor's profile in the admin.
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'payload-locked-documents',
          overrideAccess: true,
          data: { document: { relationTo: 'profiles', value: await profileOf(payload, cast) }, user: { relationTo: 'users', value: cast.advisor.id } },
        })
      ).id,
    createBody: async (payload, cast, role) => ({
      document: { relationTo: 'profiles', value: await profileOf(payload, cast) },
      user: { relationTo: 'users', value: callerId(cast, role) },
    }),
    update: { field: 'globalSlug', value: 'forgé' },
  },
  'payload-preferences': {
    slug: 'payload-preferences',
    target: async (payload, cast) =>
      (
        await payload.create({
          collection: 'payload-preferences',
          overrideAccess: true,
          // Payload sets a preference's user from the request's, whatever the data says.
          user: { id: cast.investor.id, collection: 'users' } as never,
          data: { key: `matrice-${unique()}`, user: { relationTo: 'users', value: cast.investor.id }, value: { columns: ['secret'] } },
        })
      ).id,
    createBody: async (_payload, cast, role) => ({ key: `forge-${unique()}`, user: { relationTo: 'users', value: callerId(cast, role) }, value: {} }),
    update: { field: 'value', value: { columns: ['forgé'] } },
  },
  'payload-jobs': {
    slug: 'payload-jobs',
    target: async (payload) =>
      (await payload.create({ collection: 'payload-jobs', overrideAccess: true, data: { taskSlug: 'purgeRateLimitRows', queue: MATRIX_QUEUE, input: {} } as never })).id,
    createBody: async () => ({ taskSlug: 'purgeRateLimitRows', queue: MATRIX_QUEUE, input: {} }),
    update: { field: 'queue', value: 'forgée' },
  },
  'payload-kv': {
    slug: 'payload-kv',
    target: async (payload) => {
      const key = `matrice-${unique()}`
      await payload.kv.set(key, { secret: true })
      const found = await payload.find({ collection: 'payload-kv' as never, overrideAccess: true, where: { key: { equals: key } } })
      return (found.docs[0] as unknown as { id: number }).id
    },
    createBody: async () => ({ key: `forge-${unique()}`, data: { forged: true } }),
    update: { field: 'data', value: { forged: true } },
  },
}
