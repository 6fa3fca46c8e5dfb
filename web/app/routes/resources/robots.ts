import { env } from '../../lib/env.server'
import { robotsTxt } from '../../lib/sitemap'

/** /robots.txt: everything public may be crawled but the portal, account pages and previews. */
export function loader() {
  return new Response(robotsTxt(env.webUrl), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
}
