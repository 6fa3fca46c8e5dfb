import { describe, expect, it } from 'vitest'
import {
  forgotPasswordSchema,
  loginSchema,
  passwordSchema,
  resetPasswordSchema,
  signupSchema,
} from './auth'
import { fieldErrorsFrom } from './fieldErrors'

const validSignup = {
  name: 'Camille Martin',
  email: 'camille.martin@example.fr',
  password: 'correct horse 42',
  passwordConfirm: 'correct horse 42',
  acceptTerms: true,
  locale: 'fr',
}

/** The error key reported for `field`, or undefined when the input passes. */
const errorOf = (result: ReturnType<typeof signupSchema.safeParse>, field: string) =>
  result.success ? undefined : fieldErrorsFrom(result.error)[field]

describe('signupSchema', () => {
  it('accepts a complete sign-up and normalises name and email', () => {
    const result = signupSchema.safeParse({ ...validSignup, name: '  Camille Martin ', email: ' Camille.Martin@Example.FR ' })
    expect(result.success).toBe(true)
    expect(result.data?.name).toBe('Camille Martin')
    expect(result.data?.email).toBe('camille.martin@example.fr')
  })

  it('defaults the locale to French', () => {
    const { locale: _, ...withoutLocale } = validSignup
    expect(signupSchema.parse(withoutLocale).locale).toBe('fr')
  })

  it.each([
    ['name', 'A', 'errors.name.tooShort'],
    ['name', '   ', 'errors.name.tooShort'],
    ['name', 'x'.repeat(101), 'errors.name.tooLong'],
    ['email', '', 'errors.email.required'],
    ['email', 'camille@', 'errors.email.invalid'],
    ['email', `${'a'.repeat(250)}@x.fr`, 'errors.email.tooLong'],
    ['locale', 'de', 'errors.locale.invalid'],
    ['acceptTerms', false, 'errors.terms.required'],
  ])('rejects %s = %j with %s', (field, value, key) => {
    expect(errorOf(signupSchema.safeParse({ ...validSignup, [field]: value }), field)).toBe(key)
  })

  it('rejects a missing acceptTerms', () => {
    const { acceptTerms: _, ...rest } = validSignup
    expect(errorOf(signupSchema.safeParse(rest), 'acceptTerms')).toBe('errors.terms.required')
  })

  it('rejects different passwords on passwordConfirm, even when another field is wrong', () => {
    const result = signupSchema.safeParse({ ...validSignup, name: '', passwordConfirm: 'correct horse 43' })
    expect(errorOf(result, 'passwordConfirm')).toBe('errors.password.mismatch')
    expect(errorOf(result, 'name')).toBe('errors.name.tooShort')
  })

  it('asks for the confirmation when it is empty', () => {
    expect(errorOf(signupSchema.safeParse({ ...validSignup, passwordConfirm: '' }), 'passwordConfirm')).toBe('errors.required')
  })
})

describe('passwordSchema', () => {
  it.each(['abcdefghijk1', 'Très-sûr 2024 !', '1234567890a€', 'x'.repeat(127) + '9'])('accepts %j', (password) => {
    expect(passwordSchema.safeParse(password).success).toBe(true)
  })

  it.each([
    ['', 'errors.password.required'],
    ['abcdefghi12', 'errors.password.tooShort'],
    ['a1'.repeat(64) + 'b', 'errors.password.tooLong'],
    ['123456789012', 'errors.password.letter'],
    ['abcdefghijkl', 'errors.password.digit'],
    ['            ', 'errors.password.letter'],
  ])('rejects %j with %s', (password, key) => {
    const result = passwordSchema.safeParse(password)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(key)
  })

  it('keeps surrounding spaces: a password is taken exactly as typed', () => {
    expect(passwordSchema.parse(' abcdefghijk1 ')).toBe(' abcdefghijk1 ')
  })
})

describe('loginSchema', () => {
  it('accepts any non-empty password and normalises the email', () => {
    expect(loginSchema.parse({ email: 'A@B.FR', password: 'short' })).toEqual({ email: 'a@b.fr', password: 'short' })
  })

  it('asks for both fields', () => {
    const result = loginSchema.safeParse({ email: '', password: '' })
    expect(result.success).toBe(false)
    if (!result.success)
      expect(fieldErrorsFrom(result.error)).toEqual({
        email: 'errors.email.required',
        password: 'errors.password.required',
      })
  })

  it('reports a non-string field as required', () => {
    const result = loginSchema.safeParse({})
    expect(result.success ? {} : fieldErrorsFrom(result.error)).toEqual({
      email: 'errors.email.required',
      password: 'errors.password.required',
    })
  })
})

describe('forgotPasswordSchema', () => {
  it('accepts a valid email', () => {
    expect(forgotPasswordSchema.parse({ email: ' x@y.fr' })).toEqual({ email: 'x@y.fr' })
  })
  it('rejects an invalid one', () => {
    expect(forgotPasswordSchema.safeParse({ email: 'x@' }).error?.issues[0]?.message).toBe('errors.email.invalid')
  })
})

describe('resetPasswordSchema', () => {
  const valid = { token: 'abc123', password: 'nouveau mot 2025', passwordConfirm: 'nouveau mot 2025' }

  it('accepts a token and two equal strong passwords', () => {
    expect(resetPasswordSchema.safeParse(valid).success).toBe(true)
  })

  it.each([
    [{ token: '' }, 'token', 'errors.reset.tokenMissing'],
    [{ password: 'court1', passwordConfirm: 'court1' }, 'password', 'errors.password.tooShort'],
    [{ passwordConfirm: 'nouveau mot 2026' }, 'passwordConfirm', 'errors.password.mismatch'],
  ])('rejects %j on %s with %s', (change, field, key) => {
    const result = resetPasswordSchema.safeParse({ ...valid, ...change })
    expect(result.success ? undefined : fieldErrorsFrom(result.error)[field]).toBe(key)
  })
})
