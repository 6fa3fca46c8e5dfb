/**
 * The French intra-community VAT number: "FR", a two-digit key, the SIREN.
 * Key = (12 + 3 × (SIREN mod 97)) mod 97 — SIREN 123 456 782 → FR11123456782.
 */
export function frenchVatKey(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97
  return String(key).padStart(2, '0')
}

/** "FR11 123 456 782" or "FR11123456782": FR, the key that matches the SIREN (spaces allowed). */
export function isFrenchVatNumber(value: string): boolean {
  const compact = value.replace(/\s/g, '').toUpperCase()
  const match = /^FR(\d{2})(\d{9})$/.exec(compact)
  return Boolean(match && frenchVatKey(match[2]!) === match[1])
}
