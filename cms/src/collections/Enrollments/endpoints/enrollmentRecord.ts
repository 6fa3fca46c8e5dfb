import type { PayloadRequest } from 'payload'

export type Done = { lessonId: string; doneAt: string }
export type Attempt = { lessonId: string; score: number; passed: boolean; submittedAt: string }
export type Best = { lessonId: string; bestScore: number; passed: boolean }
export type EnrollmentRecord = {
  id: number | null
  lessonsDone: Done[]
  quizAttempts: Attempt[]
  quizBest: Best[]
  startedAt: string
  completedAt: string | null
}

/** The investor's enrollment in the course, or a fresh one (not yet saved). */
export async function loadEnrollment(req: PayloadRequest, owner: number, course: number, now: string): Promise<EnrollmentRecord> {
  const found = await req.payload.find({
    collection: 'enrollments',
    where: { and: [{ owner: { equals: owner } }, { course: { equals: course } }] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    req,
  })
  const doc = found.docs[0] as unknown as Partial<EnrollmentRecord> & { id: number } | undefined
  if (!doc) return { id: null, lessonsDone: [], quizAttempts: [], quizBest: [], startedAt: now, completedAt: null }
  const strip = <T extends object>(rows: T[] | undefined) => (rows ?? []).map(({ id: _id, ...rest }: T & { id?: unknown }) => rest as T)
  return {
    id: doc.id,
    lessonsDone: strip(doc.lessonsDone),
    quizAttempts: strip(doc.quizAttempts),
    quizBest: strip(doc.quizBest),
    startedAt: doc.startedAt ?? now,
    completedAt: doc.completedAt ?? null,
  }
}

/** Saves with trusted access (the endpoint has already checked who asks); points are recomputed by the hook. */
export async function saveEnrollment(req: PayloadRequest, owner: number, course: number, record: EnrollmentRecord, now: string) {
  const data = {
    owner,
    course,
    lessonsDone: record.lessonsDone,
    quizAttempts: record.quizAttempts,
    quizBest: record.quizBest,
    startedAt: record.startedAt,
    lastActivityAt: now,
    completedAt: record.completedAt,
  }
  const saved = record.id
    ? await req.payload.update({ collection: 'enrollments', id: record.id, data, overrideAccess: true, depth: 0, req })
    : await req.payload.create({ collection: 'enrollments', data, overrideAccess: true, depth: 0, req })
  return saved as unknown as { id: number; points: number; completedAt?: string | null }
}
