import { z } from './zod'
import { passwordSchema } from './auth'

/*
 * Accepting an advisor's invitation (web `/invitation`, cms
 * `POST /api/prospects/accept-invitation`): the token from the mail, a
 * password under the shared rules, and the terms.
 */

/** 32 random bytes, base64url: 43 characters. */
export const invitationTokenSchema = z
  .string({ error: 'errors.invitation.invalid' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'errors.invitation.invalid')

export const acceptInvitationRequestSchema = z.object({
  token: invitationTokenSchema,
  password: passwordSchema,
  acceptTerms: z.literal(true, { error: 'errors.terms.required' }),
})
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>

export const acceptInvitationFormSchema = acceptInvitationRequestSchema
  .extend({ passwordConfirm: z.string({ error: 'errors.required' }).min(1, 'errors.required') })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ['passwordConfirm'],
    message: 'errors.password.mismatch',
  })
