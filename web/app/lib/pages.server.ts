import { data } from 'react-router'
import type { Page, Plan } from '@atlas/shared/payload-types'
import { cmsFetch, type CmsTransport } from './cms.server'

/*
 * Marketing pages and plans from the cms, read anonymously: the cms gives
 * visitors published versions only. A draft is reached only through a
 * preview token the cms signed (POST /api/pages/preview).
 */

type List<T> = { docs: T[]; totalDocs: number; hasNextPage?: boolean }

const unavailable = () => data({ reason: 'cms-unavailable' }, { status: 503 })
const notFound = () => data({ reason: 'not-found' }, { status: 404 })

/** The published page with this slug, plans and images populated; 404 when there is none, 503 when the cms is down. */
export async function publishedPage(slug: string, transport?: CmsTransport): Promise<Page> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw notFound()
  const result = await cmsFetch<List<Page>>(`/api/pages?where[slug][equals]=${slug}&limit=1&depth=1`, {}, transport)
  if (!result.ok) throw result.kind === 'unavailable' ? unavailable() : notFound()
  const page = result.data.docs[0]
  if (!page) throw notFound()
  return page
}

export type PreviewResult = { ok: true; page: Page } | { ok: false; reason: 'invalid' | 'expired' | 'notFound' }

/** The latest draft of the page a preview token opens, or why it cannot be shown. */
export async function draftPage(token: string, transport?: CmsTransport): Promise<PreviewResult> {
  const result = await cmsFetch<{ doc: Page }>('/api/pages/preview', { method: 'POST', body: { token } }, transport)
  if (result.ok) return { ok: true, page: result.data.doc }
  if (result.kind === 'unavailable') throw unavailable()
  const code = (result.data as { errors?: { code?: unknown }[] } | null)?.errors?.[0]?.code
  return { ok: false, reason: code === 'expired' ? 'expired' : code === 'notFound' ? 'notFound' : 'invalid' }
}

/** Every published plan, in display order (a pricing table that names none shows them all). */
export async function publishedPlans(transport?: CmsTransport): Promise<Plan[]> {
  const result = await cmsFetch<List<Plan>>('/api/plans?sort=order&limit=12&depth=0', {}, transport)
  if (!result.ok) throw unavailable()
  return result.data.docs
}

/** The plans each pricing table shows (by block id): those it names and the reader may see, else all published ones. */
export async function plansForPage(page: Page, transport?: CmsTransport): Promise<Record<string, Plan[]>> {
  const tables = (page.layout ?? []).flatMap((block, index) =>
    block.blockType === 'pricingTable'
      ? [{ key: block.id ?? String(index), named: (block.plans ?? []).filter((plan): plan is Plan => typeof plan === 'object' && plan !== null) }]
      : [],
  )
  if (tables.length === 0) return {}
  const all = tables.some((table) => table.named.length === 0) ? await publishedPlans(transport) : []
  return Object.fromEntries(tables.map((table) => [table.key, table.named.length > 0 ? table.named : all]))
}

/** Every document of a public collection, page by page (100 at a time), slug and last change only. */
async function allPublished(collection: 'pages' | 'courses', transport?: CmsTransport): Promise<{ slug: string; updatedAt: string }[]> {
  const found: { slug: string; updatedAt: string }[] = []
  for (let page = 1; ; page += 1) {
    const result = await cmsFetch<List<{ slug: string; updatedAt: string }>>(
      `/api/${collection}?limit=100&page=${page}&depth=0&sort=slug&select[slug]=true&select[updatedAt]=true`,
      {},
      transport,
    )
    if (!result.ok) throw unavailable()
    found.push(...result.data.docs)
    if (!result.data.hasNextPage) return found
  }
}

/** Published pages and courses for the sitemap. */
export async function sitemapDocuments(transport?: CmsTransport) {
  const [pages, courses] = await Promise.all([allPublished('pages', transport), allPublished('courses', transport)])
  return { pages, courses }
}
