/*
 * The French identifiers the firm's legal information carries, checked the
 * same way in the cms (field validation) and wherever they are shown.
 */

/** The Luhn checksum INSEE uses for SIREN numbers (La Poste's, 356 000 000, is the one exception). */
export const passesLuhn = (digits: string): boolean => {
  let sum = 0
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** A SIREN: 9 digits (spaces allowed when typed) whose Luhn sum is right. */
export const isSiren = (value: string): boolean => {
  const digits = value.replace(/\s/g, '')
  return /^\d{9}$/.test(digits) && (passesLuhn(digits) || digits === '356000000')
}

/** An ORIAS registration number: 8 digits. */
export const isOrias = (value: string): boolean => /^\d{8}$/.test(value.replace(/\s/g, ''))

/** A French postcode: 5 digits (01000 to 98999: metropolitan France and overseas). */
export const isFrenchPostcode = (value: string): boolean => /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/.test(value)

/** An e-mail address as forms check it: something@domain.tld, no spaces. */
export const isEmailAddress = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)

/** `732829320` → `732 829 320`, as a SIREN is printed. */
export const formatSiren = (value: string): string => value.replace(/\s/g, '').replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3')

/** ORIAS categories an adviser may hold (registre unique des intermédiaires). */
export const ORIAS_CATEGORIES = ['cif', 'coa', 'mia', 'cobsp', 'mobsp', 'iobsp', 'agent-general'] as const
export type OriasCategory = (typeof ORIAS_CATEGORIES)[number]
