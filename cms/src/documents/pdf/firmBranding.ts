import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import type { Firm, Media, User } from '@atlas/shared/payload-types'
import type { Locale } from '@atlas/shared/i18n'
import { env } from '../../env'

/** Who and what every client document names: the firm (with its logo), the investor, their advisor. */
export type Branding = {
  firm: Firm | null
  /** PNG or JPEG bytes of the firm's logo (Firm → Facturation → Logo), or null. */
  logo: Buffer | null
  investor: { id: number; name: string; email: string; phone: string | null; locale: Locale }
  advisor: { id: number; name: string; email: string; phone: string | null } | null
}

const idOf = (value: unknown): number | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : null
}

/** The logo's bytes when it is a PNG or JPEG in the media directory (react-pdf draws nothing else). */
export async function logoBytes(payload: Payload, logo: unknown, req?: PayloadRequest): Promise<Buffer | null> {
  const id = idOf(logo)
  if (!id) return null
  const media = (await payload.findByID({ collection: 'media', id, req, depth: 0, overrideAccess: true, disableErrors: true })) as Media | null
  if (!media?.filename || !['image/png', 'image/jpeg'].includes(media.mimeType ?? '')) return null
  const dir = env.mediaDir || path.resolve(process.cwd(), '.data/media')
  return readFile(path.join(dir, path.basename(media.filename))).catch(() => null)
}

/** Reads the firm global, its logo, the investor and their advisor (server side: overrideAccess). */
export async function loadBranding(payload: Payload, investorId: number, req?: PayloadRequest): Promise<Branding> {
  const [firm, investor] = await Promise.all([
    payload.findGlobal({ slug: 'firm', req, depth: 0, overrideAccess: true }).catch(() => null) as Promise<Firm | null>,
    payload.findByID({ collection: 'users', id: investorId, req, depth: 0, overrideAccess: true, disableErrors: true }) as Promise<User | null>,
  ])
  if (!investor) throw new Error(`investor ${investorId} not found`)
  const advisorId = idOf(investor.advisor)
  const advisor = advisorId
    ? ((await payload.findByID({ collection: 'users', id: advisorId, req, depth: 0, overrideAccess: true, disableErrors: true })) as User | null)
    : null
  return {
    firm: firm && firm.legalName ? firm : null,
    logo: firm ? await logoBytes(payload, firm.invoicing?.logo, req) : null,
    investor: {
      id: Number(investor.id),
      name: investor.name ?? investor.email,
      email: investor.email,
      phone: investor.phone ?? null,
      locale: investor.locale === 'en' ? 'en' : 'fr',
    },
    advisor: advisor ? { id: Number(advisor.id), name: advisor.name ?? advisor.email, email: advisor.email, phone: advisor.phone ?? null } : null,
  }
}
