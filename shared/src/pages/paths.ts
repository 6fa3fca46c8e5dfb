/**
 * Where a cms page lives on the public site. The landing page is the page
 * whose slug is `accueil`; every other page is served at `/<slug>`.
 * Used by the cms (preview links) and web (routes, canonical URLs, sitemap).
 */
export const HOME_SLUG = 'accueil'

/** The site path of a page: `accueil` → `/`, `tarifs` → `/tarifs`. */
export function pagePath(slug: string): string {
  return slug === HOME_SLUG ? '/' : `/${slug}`
}

/** `base` (no trailing slash) + path: the absolute URL used in canonical links and the sitemap. */
export function absoluteUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`
}
