import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { ValidationError, type Endpoint } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { signupRequestSchema } from '@atlas/shared/schemas/auth'
import { fieldErrorsFrom } from '@atlas/shared/schemas/fieldErrors'
import { requestLocale } from '../../../i18n/requestLocale'
import { queueEmail } from '../../../email/queueEmail'
import { localeOf, signupExistingMail } from '../../../email/templates'
import { throttleSignup } from '../hooks/throttleAnonymousEntry'

const pbkdf2Async = promisify(pbkdf2)

/** The one answer to every well-formed sign-up, whether or not the address had an account. */
export const checkYourMailbox = (locale: 'fr' | 'en') =>
  Response.json({ message: translate(locale, 'auth.signup.sent') }, { status: 202 })

const languageOf = (value: unknown) => (value === 'en' ? 'en' : 'fr')

/**
 * POST /api/users/sign-up — `{ name, email, password, acceptTerms, locale, marketingConsent? }`.
 * Form errors (weak password, terms…) are 400s at their field, the same for
 * any address. Then the answer is always 202 "check your mailbox": a new
 * address gets an unverified investor account and Payload's verification
 * mail; an address that already has an account gets a mail saying someone
 * tried (with links to log in and to reset the password), and nothing is
 * created. Both paths cost one password hash, so timing tells nothing either.
 * (`POST /api/users` is for admins only.)
 */
export const signUpEndpoint: Endpoint = {
  path: '/sign-up',
  method: 'post',
  handler: async (req) => {
    // Every attempt counts against the visitor's IP (decision 018), whatever the address: a 429 tells nothing either.
    await throttleSignup(req)
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Record<string, unknown>
    const locale = languageOf(body.locale ?? requestLocale(req))
    const parsed = signupRequestSchema.safeParse(body)
    if (!parsed.success) {
      const errors = Object.entries(fieldErrorsFrom(parsed.error)).map(([path, key]) => ({ path, message: translate(locale, key) }))
      throw new ValidationError({ collection: 'users', errors })
    }
    const { name, email, password, locale: chosen } = parsed.data
    const existing = await req.payload.db.findOne<{ id: number; name?: string; locale?: string }>({
      collection: 'users',
      req,
      where: { email: { equals: email } },
    })
    if (existing) {
      // The cost of hashing a new password, so both answers take as long.
      await pbkdf2Async(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
      await queueEmail(req.payload, { to: email, ...signupExistingMail(localeOf(existing), { name: existing.name ?? '' }) })
      return checkYourMailbox(locale)
    }
    try {
      await req.payload.create({
        collection: 'users',
        overrideAccess: true,
        req,
        data: {
          name,
          email,
          password,
          locale: chosen,
          acceptTerms: true,
          marketingConsent: body.marketingConsent === true,
          role: 'investor',
        } as never,
      })
    } catch (error) {
      // Two sign-ups racing on one new address: the loser gets the same answer.
      const taken = error instanceof ValidationError && error.data.errors.some((e) => e.path === 'email')
      if (!taken) throw error
    }
    return checkYourMailbox(locale)
  },
}
