import { describe, expect, it } from 'vitest'
import { payloadFieldErrors, payloadMessage } from './payloadErrors.server'

const duplicateEmail = {
  errors: [
    {
      name: 'ValidationError',
      message: 'The following field is invalid: email',
      data: {
        collection: 'users',
        errors: [{ label: 'Email', message: 'A user with the given email is already registered.', path: 'email' }],
      },
    },
  ],
}

describe('payloadFieldErrors', () => {
  it('maps each ValidationError path to its message', () => {
    expect(payloadFieldErrors(duplicateEmail)).toEqual({
      email: 'A user with the given email is already registered.',
    })
  })

  it('keeps the first message of a path and reads the older `field` name', () => {
    const body = {
      errors: [
        {
          name: 'ValidationError',
          data: {
            errors: [
              { path: 'password', message: 'first' },
              { path: 'password', message: 'second' },
              { field: 'name', message: 'too short' },
            ],
          },
        },
      ],
    }
    expect(payloadFieldErrors(body)).toEqual({ password: 'first', name: 'too short' })
  })

  it.each([null, undefined, 'oops', { errors: 'no' }, { errors: [{ message: 'Unauthorized' }] }, { errors: [null] }])(
    'finds no field error in %j',
    (body) => {
      expect(payloadFieldErrors(body)).toEqual({})
    },
  )
})

describe('payloadMessage', () => {
  it('reads the first error message', () => {
    expect(payloadMessage({ errors: [{ message: 'This user is locked due to having too many failed login attempts.' }] }))
      .toBe('This user is locked due to having too many failed login attempts.')
  })

  it('falls back to a top-level message, then to an empty string', () => {
    expect(payloadMessage({ message: 'Not Found' })).toBe('Not Found')
    expect(payloadMessage(null)).toBe('')
    expect(payloadMessage({ errors: [] })).toBe('')
  })
})
