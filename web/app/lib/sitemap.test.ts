import { describe, expect, it } from 'vitest'
import { robotsTxt, sitemapUrls, sitemapXml } from './sitemap'

describe('sitemap', () => {
  it('puts the home page at /, courses under /formation, and escapes URLs', () => {
    const urls = sitemapUrls({
      pages: [
        { slug: 'accueil', updatedAt: '2026-11-20T10:00:00.000Z' },
        { slug: 'tarifs', updatedAt: '2026-11-21T10:00:00.000Z' },
      ],
      courses: [{ slug: 'bases', updatedAt: '2026-11-22T10:00:00.000Z' }],
    })
    expect(urls.map((url) => url.path)).toEqual(['/', '/cgu', '/confidentialite', '/contact', '/formation', '/formation/bases', '/mentions-legales', '/tarifs'])
    const xml = sitemapXml('https://atlas.example/', urls)
    expect(xml).toContain('<url><loc>https://atlas.example/</loc><lastmod>2026-11-20T10:00:00.000Z</lastmod></url>')
    expect(xml).toContain('<url><loc>https://atlas.example/contact</loc></url>')
    expect(sitemapXml('https://a.example', [{ path: '/a&b' }])).toContain('<loc>https://a.example/a&amp;b</loc>')
  })

  it('robots.txt disallows the portal and names the sitemap', () => {
    const text = robotsTxt('https://atlas.example')
    expect(text).toContain('Disallow: /portail\n')
    expect(text).toContain('Sitemap: https://atlas.example/sitemap.xml')
  })
})
