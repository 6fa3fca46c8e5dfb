import { z } from '../schemas/zod'

/*
 * The buyer's billing address, as the demo checkout asks for it (Stripe
 * Checkout asks the same with real keys): a French invoice names the buyer
 * and their address. Messages are i18n keys (billingAddress.fr.ts).
 */

const text = (max: number, tooLong: string) =>
  z
    .string({ error: 'errors.billingAddress.required' })
    .trim()
    .min(1, 'errors.billingAddress.required')
    .max(max, tooLong)

const optionalText = (max: number, tooLong: string) =>
  z
    .string({ error: tooLong })
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : undefined))

const FRENCH_POSTCODE = /^\d{5}$/
const OTHER_POSTCODE = /^[A-Za-z0-9 -]{2,12}$/

export const billingAddressSchema = z
  .object({
    /** Empty: the account name is used. */
    name: optionalText(200, 'errors.billingAddress.nameTooLong'),
    line1: text(200, 'errors.billingAddress.line1TooLong'),
    line2: optionalText(200, 'errors.billingAddress.line2TooLong'),
    postalCode: z.string({ error: 'errors.billingAddress.required' }).trim().min(1, 'errors.billingAddress.required'),
    city: text(100, 'errors.billingAddress.cityTooLong'),
    country: z
      .string({ error: 'errors.billingAddress.country' })
      .trim()
      .transform((value) => value.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}$/, 'errors.billingAddress.country'))
      .optional()
      .transform((value) => value ?? 'FR'),
  })
  .superRefine((value, ctx) => {
    if (!value.postalCode) return
    const french = value.country === 'FR'
    if (!(french ? FRENCH_POSTCODE : OTHER_POSTCODE).test(value.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: french ? 'errors.billingAddress.postalCodeFr' : 'errors.billingAddress.postalCode' })
    }
  })
export type BillingAddress = z.infer<typeof billingAddressSchema>
