import { describe, expect, it } from 'vitest'
import { fr } from '../i18n/messages.fr'
import { en } from '../i18n/messages.en'
import { fieldErrorsFrom } from '../schemas/fieldErrors'
import { billingAddressSchema } from './billingAddress'

const paris = { line1: '12 rue de la Roquette', postalCode: '75011', city: 'Paris' }
const errorsOf = (input: unknown) => {
  const parsed = billingAddressSchema.safeParse(input)
  return parsed.success ? {} : fieldErrorsFrom(parsed.error)
}

describe('billing address', () => {
  it('a French address needs a street, a 5-digit postal code and a city; the country defaults to FR, the name to none', () => {
    expect(billingAddressSchema.parse({ ...paris, line1: '  12 rue de la Roquette ', line2: '' })).toEqual({ ...paris, country: 'FR' })
    expect(billingAddressSchema.parse({ ...paris, name: 'SARL Dupont', line2: 'Bât. B', country: 'fr' })).toEqual({ ...paris, name: 'SARL Dupont', line2: 'Bât. B', country: 'FR' })
  })

  it('names each missing or wrong field', () => {
    expect(errorsOf({})).toEqual({ line1: 'errors.billingAddress.required', postalCode: 'errors.billingAddress.required', city: 'errors.billingAddress.required' })
    expect(errorsOf({ ...paris, city: '   ' })).toEqual({ city: 'errors.billingAddress.required' })
    expect(errorsOf({ ...paris, postalCode: '7501' })).toEqual({ postalCode: 'errors.billingAddress.postalCodeFr' })
    expect(errorsOf({ ...paris, postalCode: 'SW1A 1AA' })).toEqual({ postalCode: 'errors.billingAddress.postalCodeFr' })
    expect(errorsOf({ ...paris, country: 'France' })).toEqual({ country: 'errors.billingAddress.country' })
    expect(errorsOf({ ...paris, line1: 'x'.repeat(201) })).toEqual({ line1: 'errors.billingAddress.line1TooLong' })
    expect(errorsOf({ ...paris, city: 'x'.repeat(101) })).toEqual({ city: 'errors.billingAddress.cityTooLong' })
    expect(errorsOf({ ...paris, line2: 'x'.repeat(201) })).toEqual({ line2: 'errors.billingAddress.line2TooLong' })
    expect(errorsOf({ ...paris, city: 42 })).toEqual({ city: 'errors.billingAddress.required' })
  })

  it('outside France a postal code is 2 to 12 letters, digits, spaces or hyphens', () => {
    expect(billingAddressSchema.parse({ line1: '10 Downing Street', postalCode: 'SW1A 2AA', city: 'London', country: 'GB' }).postalCode).toBe('SW1A 2AA')
    expect(billingAddressSchema.safeParse({ line1: 'Rue Neuve 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' }).success).toBe(true)
    for (const bad of ['1', 'x'.repeat(13), '12#45']) {
      expect(errorsOf({ line1: 'a', postalCode: bad, city: 'b', country: 'BE' })).toEqual({ postalCode: 'errors.billingAddress.postalCode' })
    }
  })

  it('every message exists in French and English', () => {
    for (const key of Object.keys(fr).filter((k) => k.startsWith('errors.billingAddress.') || k.startsWith('billingAddress.'))) {
      expect(en[key as keyof typeof en]).toBeTruthy()
    }
    expect(fr['errors.billingAddress.postalCodeFr']).toContain('5 chiffres')
    expect(en['errors.billingAddress.postalCodeFr']).toContain('5 digits')
  })
})
