import { describe, expect, it } from 'vitest'
import { loginFailure, resetFailure, signupFailure } from './authErrors.server'
import type { CmsError, CmsUnavailable } from './cms.server'

const unavailable: CmsUnavailable = { ok: false, kind: 'unavailable', status: 0, data: null, message: 'unreachable' }

const refused = (status: number, message = '', fieldErrors: Record<string, string> = {}): CmsError => ({
  ok: false,
  kind: 'error',
  status,
  data: null,
  message,
  fieldErrors,
})

const SIGNUP_FIELDS = ['name', 'email', 'password', 'passwordConfirm', 'acceptTerms']

describe('loginFailure', () => {
  it('says the service is unavailable when the cms cannot be reached', () => {
    expect(loginFailure(unavailable)).toBe('errors.service.unavailable')
  })

  it('says the e-mail is not confirmed yet on a 403 (Payload answers it only after the right password)', () => {
    expect(loginFailure(refused(403, 'Please verify your email before logging in.'))).toBe('errors.login.unverified')
  })

  it('says the credentials are wrong on a plain 401', () => {
    expect(loginFailure(refused(401, 'The email or password provided is incorrect.'))).toBe('errors.login.invalid')
  })

  it.each([
    [401, 'This user is locked due to having too many failed login attempts.'],
    [401, 'Cet utilisateur est verrouillé en raison d’un trop grand nombre de tentatives de connexion infructueuses.'],
    [423, ''],
  ])('recognises a locked account (%i %s)', (status, message) => {
    expect(loginFailure(refused(status, message))).toBe('errors.login.locked')
  })

  it('treats a refused malformed request as invalid credentials', () => {
    expect(loginFailure(refused(400, 'Bad request'))).toBe('errors.login.invalid')
  })
})

describe('signupFailure', () => {
  it.each([
    'A user with the given email is already registered.',
    "Un utilisateur avec l'email donné est déjà enregistré.",
  ])('turns a duplicate email (%s) into errors.email.taken', (message) => {
    expect(signupFailure(refused(400, 'invalid', { email: message }), SIGNUP_FIELDS)).toEqual({
      fieldErrors: { email: 'errors.email.taken' },
      formError: undefined,
    })
  })

  it('keeps the cms message of another field error', () => {
    expect(signupFailure(refused(400, '', { password: 'Ce mot de passe est trop faible.' }), SIGNUP_FIELDS)).toEqual({
      fieldErrors: { password: 'Ce mot de passe est trop faible.' },
      formError: undefined,
    })
  })

  it('shows an error on a path the form does not have at form level', () => {
    expect(signupFailure(refused(400, '', { role: 'Not allowed' }), SIGNUP_FIELDS)).toEqual({
      fieldErrors: {},
      formError: 'Not allowed',
    })
  })

  it('reports an unexplained refusal as unexpected', () => {
    expect(signupFailure(refused(403, 'Forbidden'), SIGNUP_FIELDS)).toEqual({
      fieldErrors: {},
      formError: 'errors.unexpected',
    })
  })

  it('says the service is unavailable when the cms cannot be reached', () => {
    expect(signupFailure(unavailable, SIGNUP_FIELDS)).toEqual({
      fieldErrors: {},
      formError: 'errors.service.unavailable',
    })
  })
})

describe('resetFailure', () => {
  const FIELDS = ['password', 'passwordConfirm']

  it.each([400, 403])('treats a %i without field errors as a dead link', (status) => {
    expect(resetFailure(refused(status, 'Token is either invalid or has expired.'), FIELDS)).toEqual({
      tokenInvalid: true,
    })
  })

  it('shows a password rule broken at the cms on the password field', () => {
    expect(resetFailure(refused(400, '', { password: 'errors.password.weak' }), FIELDS)).toEqual({
      fieldErrors: { password: 'errors.password.weak' },
      formError: undefined,
    })
  })

  it('says the service is unavailable when the cms cannot be reached', () => {
    expect(resetFailure(unavailable, FIELDS)).toEqual({ fieldErrors: {}, formError: 'errors.service.unavailable' })
  })
})
