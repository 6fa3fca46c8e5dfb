import { describe, expect, it } from 'vitest'
import { changeEmailSchema, changePasswordSchema, linkTokenSchema } from './account'
import { fieldErrorsFrom } from './fieldErrors'

describe('account security forms', () => {
  it('a password change needs the current password, a strong new one, typed twice', () => {
    const parsed = changePasswordSchema.safeParse({ currentPassword: '', password: 'court', passwordConfirm: 'autre' })
    expect(parsed.success).toBe(false)
    expect(fieldErrorsFrom(parsed.error!)).toMatchObject({
      currentPassword: 'errors.currentPassword.required',
      password: 'errors.password.tooShort',
    })
    const mismatch = changePasswordSchema.safeParse({ currentPassword: 'x', password: 'Solide-mot-2-passe', passwordConfirm: 'Autre-mot-2-passe' })
    expect(fieldErrorsFrom(mismatch.error!)).toEqual({ passwordConfirm: 'errors.password.mismatch' })
  })

  it('an e-mail change needs the current password and normalises the address', () => {
    expect(changeEmailSchema.parse({ currentPassword: 'x', email: ' Jean.Dupont@Exemple.FR ' }).email).toBe('jean.dupont@exemple.fr')
    expect(fieldErrorsFrom(changeEmailSchema.safeParse({ email: 'pas-une-adresse' }).error!)).toMatchObject({
      currentPassword: 'errors.currentPassword.required',
      email: 'errors.email.invalid',
    })
  })

  it('a link token is a short URL-safe word, nothing else', () => {
    expect(linkTokenSchema.safeParse('aZ09_-').success).toBe(true)
    for (const bad of ['', 'a b', 'a/../b', 'x'.repeat(201), '%00']) expect(linkTokenSchema.safeParse(bad).success).toBe(false)
  })
})
