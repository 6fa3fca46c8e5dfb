import { z } from './zod'
import { emailSchema, passwordSchema } from './auth'

/*
 * The "Sécurité du compte" forms. The cms checks the current password
 * itself (web only makes sure one was typed); messages are i18n keys.
 */

const currentPasswordSchema = z
  .string({ error: 'errors.currentPassword.required' })
  .min(1, 'errors.currentPassword.required')
  .max(128, 'errors.currentPassword.wrong')

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    password: passwordSchema,
    passwordConfirm: z.string({ error: 'errors.required' }).min(1, 'errors.required'),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ['passwordConfirm'],
    message: 'errors.password.mismatch',
  })
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>

export const changeEmailSchema = z.object({
  currentPassword: currentPasswordSchema,
  email: emailSchema,
})
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>

/** A link token (e-mail verification or e-mail change), as it arrives from a mail. */
export const linkTokenSchema = z.string().trim().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/)
