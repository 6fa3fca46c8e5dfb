/**
 * `to` when it is a path on this site, else `fallback`. Refuses anything a
 * browser could read as another origin: `//evil.example`, `/\evil.example`,
 * `https://…`, and control characters that browsers strip.
 */
export function safeRedirect(to: unknown, fallback = '/portail'): string {
  if (typeof to !== 'string' || to === '') return fallback
  if (!to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback
  return to
}
