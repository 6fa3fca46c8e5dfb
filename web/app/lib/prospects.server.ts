import type { Locale } from '@atlas/shared/i18n'
import type { ContactRequest } from '@atlas/shared/schemas/contact'
import { cmsFetch, type CmsResult } from './cms.server'

/* The prospect calls of docs/api.md: a visitor's contact request and the invitation flow. */

/** Anonymous, with the visitor's IP vouched for by the shared key (`visitorHeaders`, contact rate limit). */
export const sendContactRequest = (input: ContactRequest, visitor: Record<string, string>, locale: Locale) =>
  cmsFetch('/api/prospects/contact', { method: 'POST', body: input, locale, headers: visitor })

export type InvitationPreview = { email: string; firstName: string; lastName: string; advisorName: string }
export type InvitationRefusal = 'invalid' | 'expired' | 'used' | 'accountExists'

/** The stable code the cms gives a refused invitation, or null for another kind of failure. */
export const invitationRefusalOf = (result: CmsResult<unknown>): InvitationRefusal | null => {
  if (result.ok || result.kind !== 'error') return null
  const code = (result.data as { errors?: { code?: unknown }[] } | null)?.errors?.[0]?.code
  return code === 'invalid' || code === 'expired' || code === 'used' || code === 'accountExists' ? code : null
}

export const previewInvitation = (token: string, locale: Locale) =>
  cmsFetch<InvitationPreview>('/api/prospects/invitation', { method: 'POST', body: { token }, locale })

export const acceptInvitation = (input: { token: string; password: string; acceptTerms: true }, locale: Locale) =>
  cmsFetch<{ email: string }>('/api/prospects/accept-invitation', { method: 'POST', body: input, locale })
