/** A coordinate as SVG path text: at most two decimals, no "-0", no trailing zeros ("12.5", "-3", "0"). */
export function svgNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100
  return String(Object.is(rounded, -0) ? 0 : rounded)
}
