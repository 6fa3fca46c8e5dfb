import type { PayloadRequest, TypedUser } from 'payload'
import type { OnboardingFacts } from '@atlas/shared/onboarding/checklist'

type ProfileFacts = { status?: unknown; firstMeetingAt?: unknown }
const STATUSES = ['draft', 'submitted', 'validated'] as const

const idOf = (value: unknown): number | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

/**
 * What the "Bien démarrer" checklist needs beyond what the dashboard reads
 * already (profile, assets): whether the login address is confirmed (a
 * logged-in account is verified — Payload refuses the session otherwise —
 * so only an e-mail change waiting for its link leaves it open), whether a
 * lesson was completed, the advisor's address and the dismissal. Read as
 * the caller (overrideAccess: false), the caller's own documents only.
 */
export async function onboardingFacts(req: PayloadRequest, user: TypedUser, profile: ProfileFacts, assetCount: number): Promise<OnboardingFacts> {
  const account = user as { pendingEmail?: string | null; onboardingDismissedAt?: string | null; advisor?: unknown }
  const advisorId = idOf(account.advisor)
  const [lessons, advisor] = await Promise.all([
    req.payload.count({
      req,
      user,
      overrideAccess: false,
      collection: 'enrollments',
      where: { and: [{ owner: { equals: user.id } }, { 'lessonsDone.lessonId': { exists: true } }] },
    }),
    advisorId === null
      ? null
      : req.payload.findByID({ req, user, overrideAccess: false, collection: 'users', id: advisorId, depth: 0, disableErrors: true, select: { email: true } }),
  ])
  return {
    emailConfirmed: !account.pendingEmail,
    questionnaireStatus: STATUSES.find((status) => status === profile.status) ?? null,
    assetCount,
    lessonCompleted: lessons.totalDocs > 0,
    firstMeetingAt: typeof profile.firstMeetingAt === 'string' ? profile.firstMeetingAt : null,
    dismissedAt: account.onboardingDismissedAt ?? null,
    advisorEmail: typeof advisor?.email === 'string' ? advisor.email : null,
  }
}
