import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

type Session = { db: { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }
type Sessions = { sessions: Record<string, Session | undefined> }

/**
 * Runs `work` inside the request's transaction (a webhook's, an endpoint's),
 * or a new one it commits — or rolls back when `work` throws. Without a
 * request it makes one (the Local API path), so the caller always gets one
 * transaction for the whole issue.
 */
export async function inTransaction<T>(payload: Payload, given: PayloadRequest | undefined, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = given ?? (await createLocalReq({}, payload))
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work(req)
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/** Raw SQL on the request's transaction (drizzle's session for req.transactionID); throws outside one. */
export async function executeInTransaction(req: PayloadRequest, query: unknown): Promise<Record<string, unknown>[]> {
  const session = (req.payload.db as unknown as Sessions).sessions[String(await req.transactionID)]
  if (!session) throw new Error('invoices: this statement must run inside the issuing transaction')
  return (await session.db.execute(query)).rows
}
