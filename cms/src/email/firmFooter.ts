import type { Payload, PayloadRequest } from 'payload'
import type { Firm } from '@atlas/shared/payload-types'
import { escapeHtml } from './escapeHtml'

export type FirmFooter = { html: string; text: string }

/** The lines every mail ends with: the firm's name, registered office and ORIAS number (what the law asks a CIF to show). */
export const firmFooterLines = (firm: Partial<Firm>): string[] => {
  if (!firm.legalName) return []
  const address = firm.address ? [firm.address.street, `${firm.address.postcode} ${firm.address.city}`].filter(Boolean).join(', ') : ''
  return [firm.legalName, address, firm.orias?.number ? `ORIAS n° ${firm.orias.number} — www.orias.fr` : ''].filter(Boolean)
}

/**
 * The firm's footer, read once per mail through the Local API (the `firm`
 * global, docs/decisions/027-firm-information.md). A firm not filled in yet
 * gives no footer rather than a mail that cannot leave.
 */
export const firmFooter = async (payload: Payload, req?: PayloadRequest): Promise<FirmFooter> => {
  const firm = (await payload
    .findGlobal({ slug: 'firm', depth: 0, overrideAccess: true, req })
    .catch((error: Error) => {
      payload.logger.warn(`[email] firm information unreadable, mail sent without its footer: ${error.message}`)
      return {}
    })) as Partial<Firm>
  const lines = firmFooterLines(firm)
  if (lines.length === 0) return { html: '', text: '' }
  return {
    html: `\n<hr style="border:none;border-top:1px solid #e4e7ec">\n<p style="color:#667085;font-size:12px">${lines.map(escapeHtml).join('<br>')}</p>`,
    text: `\n\n--\n${lines.join('\n')}`,
  }
}
