import type { CollectionBeforeOperationHook, CollectionConfig, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { newPathContext, pathVerdict } from './readablePath'
import { isSerialIdValue, operatorProblem } from './operatorValues'
import { QueryRefused } from './queryRefused'

/*
 * One gate for every query of every collection (added to all of them in
 * payload.config.ts): before Payload reads, counts, updates or deletes by
 * `where`, the where, sort, page, limit, depth and id are checked here, and a
 * query that cannot run — or would reveal a field the caller cannot read —
 * is a 400 with a localized message. docs/decisions/022-queries-are-validated.md
 */

export const MAX_PAGE = 100_000
export const MAX_LIMIT = 1_000
export const MAX_DEPTH = 10

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

type Args = {
  where?: unknown
  sort?: unknown
  page?: unknown
  limit?: unknown
  depth?: unknown
  id?: unknown
  field?: unknown
}

const ownIdIsSerial = (collection: SanitizedCollectionConfig, req: PayloadRequest): boolean =>
  req.payload.collections[collection.slug]?.customIDType === undefined && req.payload.db.defaultIDType === 'number'

const checkWhere = async (
  where: unknown,
  collection: SanitizedCollectionConfig,
  req: PayloadRequest,
  context: ReturnType<typeof newPathContext>,
  listsUsed = new Map<string, string>(),
): Promise<void> => {
  if (where === undefined || where === null) return
  if (!isPlainObject(where)) throw new QueryRefused(req, 'errors.query.where')
  for (const [path, constraint] of Object.entries(where)) {
    if (path.toLowerCase() === 'and' || path.toLowerCase() === 'or') {
      if (!Array.isArray(constraint)) throw new QueryRefused(req, 'errors.query.where')
      for (const item of constraint) await checkWhere(item, collection, req, context, listsUsed)
      continue
    }
    if (!isPlainObject(constraint)) throw new QueryRefused(req, 'errors.query.where')
    const verdict = await pathVerdict(collection, path, context)
    if (!verdict.readable) throw new QueryRefused(req, 'errors.query.hiddenPath', { path })
    const leaf = verdict.readable ? verdict.leaf : undefined
    for (const [operator, value] of Object.entries(constraint)) {
      const problem = operatorProblem(operator, value, leaf, req, ownIdIsSerial(collection, req))
      if (problem === 'operator') throw new QueryRefused(req, 'errors.query.operator', { path, operator })
      if (problem === 'value') throw new QueryRefused(req, 'errors.query.value', { path, operator })
    }
    // One condition per array or blocks field in a whole where: Payload 3.90 joins the list's table under one
    // alias per condition and PostgreSQL refuses the second ("Alias … is already used in this query").
    const list = verdict.readable ? verdict.arrays[0] : undefined
    if (list !== undefined) {
      for (const operator of Object.keys(constraint)) {
        const condition = `${path} ${operator}`
        const other = listsUsed.get(list)
        if (other !== undefined && other !== condition) throw new QueryRefused(req, 'errors.query.sameArray', { path: list })
        listsUsed.set(list, condition)
      }
    }
  }
}

const sortPaths = (sort: unknown): string[] | undefined => {
  if (sort === undefined || sort === null || sort === '') return []
  const items = Array.isArray(sort) ? sort : [sort]
  if (!items.every((item) => typeof item === 'string')) return undefined
  return (items as string[]).flatMap((item) => item.split(',')).map((item) => item.trim().replace(/^[-+]/, '')).filter(Boolean)
}

const isWholeIn = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

export const validateQuery: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  const query = args as Args
  // Ids come from the URL (and from our own code, where they are numbers): only a serial id can be looked up.
  if (query.id !== undefined && ownIdIsSerial(collection, req) && !isSerialIdValue(query.id)) {
    // The id as it was written in the URL (Payload has already turned `abc` into NaN).
    const written = (req.routeParams as { id?: unknown } | undefined)?.id ?? query.id
    throw new QueryRefused(req, 'errors.query.id', { id: String(written).slice(0, 40) })
  }
  // Our own code (overrideAccess) builds its queries from checked values; callers' queries are all checked.
  if (overrideAccess === true) return args
  if (!['read', 'count', 'countVersions', 'readDistinct', 'update', 'delete', 'restoreVersion'].includes(operation)) return args
  if (query.page !== undefined && !isWholeIn(query.page, 1, MAX_PAGE)) throw new QueryRefused(req, 'errors.query.page', { max: MAX_PAGE })
  if (query.limit !== undefined && !isWholeIn(query.limit, 0, MAX_LIMIT)) throw new QueryRefused(req, 'errors.query.limit', { max: MAX_LIMIT })
  if (query.depth !== undefined && !isWholeIn(query.depth, 0, MAX_DEPTH)) throw new QueryRefused(req, 'errors.query.depth', { max: MAX_DEPTH })
  const context = newPathContext(req)
  await checkWhere(query.where, collection, req, context)
  const sorts = sortPaths(query.sort)
  if (!sorts) throw new QueryRefused(req, 'errors.query.where')
  const distinct = typeof query.field === 'string' ? [query.field] : []
  for (const path of [...sorts, ...distinct]) {
    if (!(await pathVerdict(collection, path, context)).readable) throw new QueryRefused(req, 'errors.query.hiddenPath', { path })
  }
  return args
}

/** Puts the gate first in every collection's beforeOperation hooks. */
export const withQueryValidation = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [validateQuery, ...(collection.hooks?.beforeOperation ?? [])] },
  }))

/**
 * Payload adds its own collections (preferences, locked documents, jobs,
 * migrations) while it sanitizes the config, after ours are wrapped: they get
 * the same gate once Payload is up.
 */
export const guardEveryCollection = (payload: import('payload').Payload): void => {
  for (const { config } of Object.values(payload.collections)) {
    config.hooks.beforeOperation ??= []
    if (!config.hooks.beforeOperation.includes(validateQuery)) config.hooks.beforeOperation.unshift(validateQuery)
  }
}
