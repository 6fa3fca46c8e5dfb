/**
 * A URL slug from a title: French accents and ligatures to ASCII, lower case,
 * words joined by single dashes (`Qu’est-ce qu’une obligation ?` →
 * `qu-est-ce-qu-une-obligation`). Matches the cms's slug format; '' when the
 * title holds no letter or digit. At most `maxLength` characters, cut at a dash.
 */
export function slugify(title: string, maxLength = 80): string {
  const ascii = title
    .replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '')
}

/** `slug`, or `slug-2`, `slug-3`… — the first not in `taken`. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug
  for (let n = 2; ; n += 1) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`
}
