import type { CollectionBeforeChangeHook } from 'payload'

type TemplateData = { kind?: string; title?: string; body?: unknown; status?: string; version?: number; publishedAt?: string | null; publishedBy?: unknown }

const idOf = (value: unknown): number | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

/**
 * A template's `version` counts its publications (decision 041): it goes up
 * by one each time the template is published with a text (kind, title,
 * body) other than its last published one, with `publishedAt` and
 * `publishedBy`; a draft keeps the number of its last publication. Nobody
 * writes these three fields themselves: whatever a request sends is
 * replaced here, so a generated document's `templateVersion` always names
 * one text (kept in the template's Payload versions).
 */
export const countPublications: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const next = data as TemplateData
  const before = (originalDoc ?? null) as TemplateData | null
  const status = next.status ?? before?.status ?? 'draft'
  const same = <K extends keyof TemplateData>(key: K) => next[key] === undefined || JSON.stringify(next[key]) === JSON.stringify(before?.[key])
  const republishing = before?.status === 'published' && same('kind') && same('title') && same('body')
  if (status === 'published' && !republishing) {
    next.version = (before?.version ?? 0) + 1
    next.publishedAt = new Date().toISOString()
    next.publishedBy = idOf(req.user?.id) ?? null
  } else {
    next.version = before?.version ?? 0
    next.publishedAt = before?.publishedAt ?? null
    next.publishedBy = idOf(before?.publishedBy) ?? null
  }
  return next
}
