import type { Cents } from '../finance/money'

/**
 * quantity × unit price in integer cents, rounded half away from zero, with
 * no binary floating point on the way: both are read as exact decimals
 * (0.038 is 38 thousandths, not 0.0379999…) and multiplied as BigInt.
 * Example: 0,05 BTC × 79 843,21 € = 3 992,1605 € → 399 216 c.
 */

/** A decimal as an integer and a power of ten: "79843.21" → 7984321n / 10². */
type Scaled = { digits: bigint; scale: number }

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i

/** Read a non-negative decimal ("544.1568", "0.038", 1e-7) exactly, or null. */
export function parseDecimal(value: number | string): Scaled | null {
  if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0)) return null
  // String(number) is the shortest text that reads back as the same number (0.038, 1e-7).
  const match = DECIMAL.exec(typeof value === 'number' ? String(value) : value.trim())
  if (!match) return null
  const fraction = match[2] ?? ''
  const exponent = Number(match[3] ?? 0)
  let digits = BigInt(`${match[1]}${fraction}`)
  let scale = fraction.length - exponent
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { digits, scale }
}

/** Is this a unit price we can multiply: a non-negative decimal with a dot, as stored on an asset. */
export const isUnitPrice = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{1,15}(\.\d{1,12})?$/.test(value)

/** The value of `quantity` units at `unitPrice` euros each, in cents. Throws on a negative or unreadable input. */
export function holdingValueCents(quantity: number | string, unitPrice: string): Cents {
  const q = parseDecimal(quantity)
  const p = parseDecimal(unitPrice)
  if (!q || !p) throw new RangeError(`cannot value ${String(quantity)} × ${unitPrice}`)
  // euros = q × p / 10^(scale); cents = that × 100, rounded half away from zero (both are ≥ 0).
  const product = q.digits * p.digits * 100n
  const divisor = 10n ** BigInt(q.scale + p.scale)
  const whole = product / divisor
  const rest = product % divisor
  return Number(rest * 2n >= divisor ? whole + 1n : whole)
}
