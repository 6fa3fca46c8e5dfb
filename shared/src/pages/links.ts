/**
 * The targets an editor may give a button or link on a marketing page: a
 * path on the site (`/tarifs`, `/#etapes`), an anchor on the same page
 * (`#faq`), an https address, or a mailto: address. Anything else
 * (`javascript:`, `//evil.example`, `http:`) is refused by the cms and never
 * rendered as a link by web.
 */
export function isSafeLinkTarget(href: unknown): href is string {
  if (typeof href !== 'string') return false
  const value = href.trim()
  if (value === '' || value !== href || /\s/.test(value)) return false
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\')
  if (value.startsWith('#')) return value.length > 1
  if (/^mailto:[^@]+@[^@]+$/i.test(value)) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.hostname !== ''
  } catch {
    return false
  }
}

/** True when the target leaves the site (https or mailto), so web renders a plain `<a>`. */
export function isExternalLinkTarget(href: string): boolean {
  return /^(https:|mailto:)/i.test(href)
}
