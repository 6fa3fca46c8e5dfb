import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

/*
 * Whether the caller may filter or sort on a path. Payload 3.90 checks where
 * paths against the permissions of the top level and of groups, but loses its
 * way inside arrays and blocks (`lessons.questions.explanation` passed, which
 * made `contains` an oracle on quiz answers). This walks the collection's own
 * field config segment by segment instead, and evaluates every `access.read`
 * met on the way for the caller — without a document, so a rule that needs
 * one (e.g. "the person's own") refuses: a filter runs over every row, not
 * only the caller's.
 */

export type PathVerdict =
  /** Every field on the path is readable; `leaf` is the last field met (its type decides the values). */
  | { readable: true; leaf: FlattenedField | 'id' | undefined; arrays: string[] }
  | { readable: false }

type Context = { req: PayloadRequest; cache: Map<unknown, Promise<boolean>> }

const fieldReadable = (field: FlattenedField, context: Context): Promise<boolean> => {
  if ('hidden' in field && field.hidden) return Promise.resolve(false)
  const read = 'access' in field ? field.access?.read : undefined
  if (!read) return Promise.resolve(true)
  let verdict = context.cache.get(read)
  if (!verdict) {
    verdict = Promise.resolve()
      .then(() => read({ req: context.req, doc: undefined, data: undefined, siblingData: undefined, id: undefined } as never))
      .then((allowed) => allowed === true, () => false)
    context.cache.set(read, verdict)
  }
  return verdict
}

const collectionReadable = async (slug: string, context: Context): Promise<boolean> => {
  const config = (context.req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]?.config
  const read = config?.access?.read
  if (!config || !read) return Boolean(config)
  let verdict = context.cache.get(read)
  if (!verdict) {
    verdict = Promise.resolve()
      .then(() => read({ req: context.req } as never))
      // A Where means "the rows it matches": Payload adds it to the query of the hop.
      .then((allowed) => allowed !== false, () => false)
    context.cache.set(read, verdict)
  }
  return verdict
}

type Candidate = { fields: FlattenedField[]; rest: string[]; arrays: string[]; prefix: string }

const blocksOf = (field: FlattenedField, req: PayloadRequest) => {
  if (field.type !== 'blocks') return []
  const references = (field.blockReferences ?? field.blocks).map((block) =>
    typeof block === 'string' ? req.payload.config.blocks?.find((candidate) => candidate.slug === block) : block,
  )
  return references.filter((block): block is NonNullable<typeof block> => Boolean(block))
}

/**
 * Walks `segments` through `fields`. A blocks field may be followed by a
 * field of any of its blocks (Payload matches them all) or by a block slug:
 * every reading is checked and one unreadable reading refuses the path.
 */
const walk = async (candidate: Candidate, context: Context): Promise<PathVerdict[]> => {
  const { fields, rest, arrays, prefix } = candidate
  const [segment, ...after] = rest
  if (segment === undefined) return [{ readable: true, leaf: undefined, arrays }]
  if (segment === 'id' && after.length === 0) return [{ readable: true, leaf: 'id', arrays }]
  const field = fields.find((candidateField) => candidateField.name === segment)
  // Unknown paths are Payload's to refuse (a 400 QueryError).
  if (!field) return [{ readable: true, leaf: undefined, arrays }]
  if (!(await fieldReadable(field, context))) return [{ readable: false }]
  const path = prefix ? `${prefix}.${segment}` : segment
  if (after.length === 0) return [{ readable: true, leaf: field, arrays }]
  switch (field.type) {
    case 'group':
    case 'tab':
      return walk({ fields: field.flattenedFields, rest: after, arrays, prefix: path }, context)
    case 'array':
      return walk({ fields: field.flattenedFields, rest: after, arrays: [...arrays, path], prefix: path }, context)
    case 'blocks': {
      const blocks = blocksOf(field, context.req)
      const inArrays = [...arrays, path]
      const readings = await Promise.all(
        blocks.flatMap((block) => [
          walk({ fields: block.flattenedFields, rest: after, arrays: inArrays, prefix: path }, context),
          ...(block.slug === after[0] ? [walk({ fields: block.flattenedFields, rest: after.slice(1), arrays: inArrays, prefix: path }, context)] : []),
        ]),
      )
      return readings.flat()
    }
    case 'relationship':
    case 'upload':
    case 'join': {
      const target = field.type === 'join' ? field.collection : field.relationTo
      // Polymorphic paths (`rel.value`, `rel.relationTo`) select within the relation itself.
      if (typeof target !== 'string') return [{ readable: true, leaf: field, arrays }]
      if (!(await collectionReadable(target, context))) return [{ readable: false }]
      const targetConfig = (context.req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[target]?.config
      if (!targetConfig) return [{ readable: true, leaf: field, arrays }]
      const targetFields = targetConfig.flattenedFields
      return walk({ fields: targetFields, rest: after, arrays: [], prefix: '' }, context)
    }
    default:
      // json and richText are queried inside their value: the field itself decided.
      return [{ readable: true, leaf: field, arrays }]
  }
}

/** Version documents keep the document under `version`; their own columns are readable with the versions. */
const VERSION_COLUMNS = new Set(['parent', 'latest', 'autosave', 'snapshot', 'publishedLocale', 'createdAt', 'updatedAt'])

export const pathVerdict = async (
  collection: SanitizedCollectionConfig,
  path: string,
  context: Context,
): Promise<PathVerdict> => {
  const segments = path.replace(/__/g, '.').split('.')
  let candidate: Candidate = { fields: collection.flattenedFields, rest: segments, arrays: [], prefix: '' }
  const isOwnField = collection.flattenedFields.some((field) => field.name === segments[0])
  if (collection.versions && !isOwnField && segments[0] === 'version') candidate = { ...candidate, rest: segments.slice(1) }
  else if (collection.versions && !isOwnField && VERSION_COLUMNS.has(segments[0]!) && segments.length === 1) {
    return { readable: true, leaf: undefined, arrays: [] }
  }
  const readings = await walk(candidate, context)
  const refused = readings.find((reading) => !reading.readable)
  if (refused) return refused
  const readable = readings.filter((reading): reading is Extract<PathVerdict, { readable: true }> => reading.readable)
  return readable.find((reading) => reading.leaf !== undefined) ?? readable[0] ?? { readable: true, leaf: undefined, arrays: [] }
}

export const newPathContext = (req: PayloadRequest): Context => ({ req, cache: new Map() })
