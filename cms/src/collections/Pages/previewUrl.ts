import type { GeneratePreviewURL } from 'payload'
import { absoluteUrl, pagePath } from '@atlas/shared/pages'
import { roleOf } from '../../access/roleOf'
import { env } from '../../env'
import { signPreviewToken } from '../../preview/previewToken'

/**
 * The admin's "Aperçu" link of a page: its address on web with a preview
 * token (valid one hour, renewed each time the document is opened or saved),
 * so web shows the latest draft. Only authors get a link.
 */
export const pagePreviewUrl: GeneratePreviewURL = (doc, { req }) => {
  const role = roleOf(req.user)
  if ((role !== 'editor' && role !== 'admin') || doc.id == null || typeof doc.slug !== 'string' || doc.slug === '') return null
  const token = signPreviewToken(doc.id as number | string, env.payloadSecret)
  return `${absoluteUrl(env.webUrl, pagePath(doc.slug))}?apercu=${encodeURIComponent(token)}`
}
