'use client'
import { useLivePreviewContext, useTranslation } from '@payloadcms/ui'
import { translate } from '@atlas/shared/i18n'
import { adminLocale } from '../format'

/**
 * The edit view's preview link with its name written out (Payload's default
 * is an unlabelled icon). Same signed URL as `admin.preview` (decision 014).
 */
export function LabelledPreviewButton() {
  const { previewURL } = useLivePreviewContext()
  const { i18n } = useTranslation()
  const locale = adminLocale(i18n.language)
  if (!previewURL) return null
  return (
    <a
      className="btn btn--style-secondary btn--size-small"
      id="preview-button"
      href={previewURL}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={translate(locale, 'admin.preview.aria')}
      style={{ margin: 0 }}
    >
      {translate(locale, 'admin.preview.label')}
    </a>
  )
}
