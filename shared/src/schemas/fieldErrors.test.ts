import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { FORM_ERROR, fieldErrorsFrom } from './fieldErrors'

describe('fieldErrorsFrom', () => {
  it('keeps the first message of each field, keyed by dotted path', () => {
    const schema = z.object({
      email: z.string().min(1, 'first').min(3, 'second'),
      address: z.object({ city: z.string().min(1, 'errors.required') }),
    })
    const result = schema.safeParse({ email: '', address: { city: '' } })
    expect(result.success).toBe(false)
    if (!result.success)
      expect(fieldErrorsFrom(result.error)).toEqual({ email: 'first', 'address.city': 'errors.required' })
  })

  it('files an issue about the whole input under FORM_ERROR', () => {
    const result = z.string('errors.form').safeParse(42)
    expect(result.success ? {} : fieldErrorsFrom(result.error)).toEqual({ [FORM_ERROR]: 'errors.form' })
  })
})
