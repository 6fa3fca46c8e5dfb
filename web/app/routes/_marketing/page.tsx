import { data, redirect } from 'react-router'
import { HOME_SLUG, pagePath } from '@atlas/shared/pages'
import { translate } from '@atlas/shared/i18n'
import type { Route } from './+types/page'
import { opensWithTitle, PageBlocks } from '../../components/blocks/PageBlocks'
import { env } from '../../lib/env.server'
import { getLocale } from '../../lib/i18n.server'
import { pageSeo, seoTags } from '../../lib/pageSeo'
import { draftPage, plansForPage, publishedPage } from '../../lib/pages.server'
import { useT } from '../../lib/translation'

/*
 * Every cms page: `/` is the page `accueil`, `/<slug>` any other published
 * page. `?apercu=<token>` shows the draft a preview token opens (never
 * cached, never indexed). Missing page: 404; cms down: the 503 page.
 */

export async function loader({ request, params }: Route.LoaderArgs) {
  const slug = params.slug ?? HOME_SLUG
  if (params.slug === HOME_SLUG) throw redirect('/', 301)
  const url = new URL(request.url)
  const previewToken = url.searchParams.get('apercu')
  let page
  let previewRefused = false
  if (previewToken) {
    const preview = await draftPage(previewToken)
    if (preview.ok) page = preview.page
    else previewRefused = true
  }
  page ??= await publishedPage(slug)
  const preview = Boolean(previewToken) && !previewRefused
  const plans = await plansForPage(page)
  const locale = await getLocale(request)
  const seo = pageSeo(page, {
    webUrl: env.webUrl,
    mediaBase: env.cmsPublicUrl,
    path: pagePath(page.slug),
    preview: Boolean(previewToken),
    fallbackDescription: translate(locale, 'meta.description'),
  })
  return data(
    { page, plans, seo, preview, previewRefused, mediaBase: env.cmsPublicUrl },
    { headers: previewToken ? { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } : undefined },
  )
}

export const meta: Route.MetaFunction = ({ data: loaded }) => (loaded ? seoTags(loaded.seo) : [])

/** Marketing pages need no JavaScript: the root layout leaves out the client scripts (see root.tsx). */
export const handle = { hydrate: false }

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders

export default function CmsPage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { page, plans, preview, previewRefused, mediaBase } = loaderData
  return (
    <>
      {preview ? <p className="preview-banner" role="status" data-testid="preview-banner">{t('page.preview.banner')}</p> : null}
      {previewRefused ? <p className="preview-banner preview-banner-refused" role="alert">{t('page.preview.invalid')}</p> : null}
      {opensWithTitle(page) ? null : (
        <header className="container page-header">
          <h1 data-testid="page-title">{page.title}</h1>
        </header>
      )}
      <PageBlocks page={page} plans={plans} mediaBase={mediaBase} />
    </>
  )
}
