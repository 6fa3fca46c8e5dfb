import { env } from '../../lib/env.server'
import { sitemapDocuments } from '../../lib/pages.server'
import { sitemapUrls, sitemapXml } from '../../lib/sitemap'

/** /sitemap.xml: published pages and courses with their last change, absolute from WEB_URL. */
export async function loader() {
  let documents
  try {
    documents = await sitemapDocuments()
  } catch {
    return new Response('Service temporairement indisponible.', { status: 503, headers: { 'Retry-After': '60' } })
  }
  return new Response(sitemapXml(env.webUrl, sitemapUrls(documents)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })
}
