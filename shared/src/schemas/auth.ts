import { z } from './zod'
import { LOCALES } from '../i18n/locales'

/*
 * Identity forms, validated with the same rules by web (actions) and the cms
 * (hooks). Every error message is an i18n key (see i18n/messages.fr.ts), so
 * the caller translates it into the reader's language.
 */

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128

export const nameSchema = z
  .string({ error: 'errors.required' })
  .trim()
  .min(2, 'errors.name.tooShort')
  .max(100, 'errors.name.tooLong')

export const emailSchema = z
  .string({ error: 'errors.email.required' })
  .trim()
  .toLowerCase()
  .min(1, 'errors.email.required')
  .max(254, 'errors.email.tooLong')
  .pipe(z.email('errors.email.invalid'))

/** CNIL guidance for a password-only login: 12+ characters mixing letters and digits. */
export const passwordSchema = z
  .string({ error: 'errors.password.required' })
  .min(1, 'errors.password.required')
  .min(PASSWORD_MIN_LENGTH, 'errors.password.tooShort')
  .max(PASSWORD_MAX_LENGTH, 'errors.password.tooLong')
  .regex(/\p{L}/u, 'errors.password.letter')
  .regex(/\p{Nd}/u, 'errors.password.digit')

export const localeSchema = z.enum(LOCALES, { error: 'errors.locale.invalid' }).default('fr')

const acceptTermsSchema = z.literal(true, { error: 'errors.terms.required' })

type WithConfirmation = { password?: unknown; passwordConfirm?: unknown }

/** Adds "the two passwords match", checked even when other fields are wrong. */
const confirmed = <T extends z.ZodType<WithConfirmation>>(schema: T) =>
  schema.refine((value) => value.password === value.passwordConfirm, {
    path: ['passwordConfirm'],
    message: 'errors.password.mismatch',
    when: ({ value }) => {
      const v = value as WithConfirmation | undefined
      return typeof v?.password === 'string' && typeof v.passwordConfirm === 'string'
    },
  })

/** What `POST /api/users` accepts from an anonymous visitor (see docs/api.md). */
export const signupRequestSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  acceptTerms: acceptTermsSchema,
  locale: localeSchema,
})
export type SignupRequest = z.infer<typeof signupRequestSchema>

/** The sign-up form: the request plus the password typed twice. */
export const signupSchema = confirmed(
  signupRequestSchema.extend({ passwordConfirm: z.string({ error: 'errors.required' }).min(1, 'errors.required') }),
)
export type SignupInput = z.infer<typeof signupSchema>

/** Log-in checks presence only: strength rules apply when a password is chosen. */
export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: 'errors.password.required' })
    .min(1, 'errors.password.required')
    .max(PASSWORD_MAX_LENGTH, 'errors.login.invalid'),
})
export type LoginInput = z.infer<typeof loginSchema>

export const forgotPasswordSchema = z.object({ email: emailSchema })
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>

export const resetPasswordSchema = confirmed(
  z.object({
    token: z.string({ error: 'errors.reset.tokenMissing' }).trim().min(1, 'errors.reset.tokenMissing'),
    password: passwordSchema,
    passwordConfirm: z.string({ error: 'errors.required' }).min(1, 'errors.required'),
  }),
)
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>
