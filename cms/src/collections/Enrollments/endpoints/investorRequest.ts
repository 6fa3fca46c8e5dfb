import { translate } from '@atlas/shared/i18n'
import type { PayloadRequest } from 'payload'
import { roleOf } from '../../../access/roleOf'
import { readerEntitlements } from '../../../billing/entitlements'
import type { StoredCourse } from '../courseLessons'
import { requestLocale } from '../../../i18n/requestLocale'

const MESSAGES = {
  unauthenticated: { fr: 'Connectez-vous pour suivre une formation.', en: 'Sign in to follow a course.' },
  notInvestor: { fr: 'Seuls les investisseurs suivent les formations.', en: 'Only investors follow courses.' },
  badBody: { fr: 'Requête invalide.', en: 'Invalid request.' },
  course: { fr: 'Formation introuvable ou non publiée.', en: 'Course not found or not published.' },
  lesson: { fr: 'Leçon introuvable dans cette formation.', en: 'Lesson not found in this course.' },
  quizLesson: { fr: 'Un quiz se valide en le réussissant.', en: 'A quiz is completed by passing it.' },
  notQuiz: { fr: 'Cette leçon n’est pas un quiz.', en: 'This lesson is not a quiz.' },
  answers: { fr: 'Réponses invalides : choisissez parmi les réponses proposées.', en: 'Invalid answers: choose among the options given.' },
  tooMany: { fr: translate('fr', 'training.quiz.tooMany'), en: translate('en', 'training.quiz.tooMany') },
  premium: { fr: translate('fr', 'errors.entitlements.premiumCourse'), en: translate('en', 'errors.entitlements.premiumCourse') },
} as const
export type MessageKey = keyof typeof MESSAGES

/** A refusal in the reader's language, in Payload's own error shape; `field` names the input at fault. */
export const refuse = (req: PayloadRequest, status: number, key: MessageKey, field?: string) =>
  Response.json(
    { errors: [{ message: MESSAGES[key][requestLocale(req)], ...(field ? { data: { errors: [{ path: field, message: MESSAGES[key][requestLocale(req)] }] } } : {}) }] },
    { status },
  )

/** The signed-in investor's id, or the response that refuses the request. */
export function investorOnly(req: PayloadRequest): number | Response {
  if (!req.user) return refuse(req, 401, 'unauthenticated')
  if (roleOf(req.user) !== 'investor') return refuse(req, 403, 'notInvestor')
  return Number(req.user.id)
}

/** The signed-in investor and the JSON body, or the response that refuses the request. */
export async function investorAndBody(req: PayloadRequest): Promise<{ userId: number; body: Record<string, unknown> } | Response> {
  const userId = investorOnly(req)
  if (userId instanceof Response) return userId
  const body: unknown = await req.json?.().catch(() => null)
  if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(req, 400, 'badBody')
  return { userId, body: body as Record<string, unknown> }
}

/**
 * A premium course the investor's plan does not include: what they cannot
 * read they cannot make progress in (402, with where to upgrade); null when
 * they may (docs/decisions/036-entitlements.md).
 */
export async function refusedPremium(req: PayloadRequest, course: StoredCourse): Promise<Response | null> {
  if (course.premium !== true) return null
  const { entitlements, upgradeUrl } = await readerEntitlements(req)
  if (entitlements.premiumCourses) return null
  const message = MESSAGES.premium[requestLocale(req)]
  return Response.json({ errors: [{ message, code: 'premiumCourse', upgradeUrl, data: { errors: [{ path: 'course', message }] } }] }, { status: 402 })
}
