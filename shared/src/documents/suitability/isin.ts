/**
 * ISIN (ISO 6166): two letters (the issuer's country), nine letters or
 * digits, one check digit. The check digit is the Luhn digit of the first
 * eleven characters with each letter read as two digits (A = 10 … Z = 35):
 * US0378331005 → "3028" "0378331005" without its last digit… → check 5.
 */
const SHAPE = /^[A-Z]{2}[A-Z0-9]{9}[0-9]$/

/** Upper case, spaces removed: what the admin stores. */
export const normaliseIsin = (value: string): string => value.replace(/\s+/g, '').toUpperCase()

/** True when `value` (already normalised) has the ISIN shape and its check digit. */
export function isValidIsin(value: string): boolean {
  if (!SHAPE.test(value)) return false
  const digits = [...value].map((char) => (/[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char)).join('')
  // Luhn over the whole string (check digit included): double every second digit from the right.
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}
