import { z } from './zod'
import { emailSchema } from './auth'

/*
 * The contact form (web `/contact`) and the anonymous prospect it creates in
 * the cms: the same rules on both sides. Messages are i18n keys.
 */

export const CONTACT_MESSAGE_MAX_LENGTH = 4000

/** Anything a person types as a phone number: digits, spaces, dots, dashes, +, parentheses. */
const PHONE_PATTERN = /^\+?[0-9 .()-]{6,30}$/

export const contactRequestSchema = z.object({
  firstName: z.string().trim().max(100, 'errors.contact.firstNameTooLong').optional().default(''),
  lastName: z
    .string({ error: 'errors.contact.lastNameRequired' })
    .trim()
    .min(1, 'errors.contact.lastNameRequired')
    .max(100, 'errors.contact.lastNameTooLong'),
  email: emailSchema,
  phone: z
    .string()
    .trim()
    .optional()
    .default('')
    .refine((value) => value === '' || PHONE_PATTERN.test(value), 'errors.contact.phoneInvalid'),
  message: z
    .string({ error: 'errors.contact.messageRequired' })
    .trim()
    .min(1, 'errors.contact.messageRequired')
    .min(10, 'errors.contact.messageTooShort')
    .max(CONTACT_MESSAGE_MAX_LENGTH, 'errors.contact.messageTooLong'),
  contactConsent: z.literal(true, { error: 'errors.contact.consentRequired' }),
})
export type ContactRequest = z.infer<typeof contactRequestSchema>
