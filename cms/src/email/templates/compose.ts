import { translate, type Locale, type MessageParams } from '@atlas/shared/i18n'
import { escapeHtml } from '../escapeHtml'

/** A mail ready to queue: both bodies, in the recipient's language. */
export type MailContent = { subject: string; html: string; text: string }

export type MailBlock =
  | { paragraph: string }
  | { quote: string }
  | { cta: { label: string; href: string } }

const BUTTON = 'display:inline-block;padding:10px 18px;background:#1f3a5f;color:#fff;border-radius:6px;text-decoration:none'
const QUOTE = 'border-left:3px solid #c9d3e0;margin:0;padding:0 0 0 12px;white-space:pre-wrap'

const htmlOf = (block: MailBlock): string => {
  if ('paragraph' in block) return `<p>${escapeHtml(block.paragraph)}</p>`
  if ('quote' in block) return `<blockquote style="${QUOTE}">${escapeHtml(block.quote)}</blockquote>`
  return `<p><a href="${escapeHtml(block.cta.href)}" style="${BUTTON}">${escapeHtml(block.cta.label)}</a></p>`
}

const textOf = (block: MailBlock): string => {
  if ('paragraph' in block) return block.paragraph
  if ('quote' in block) return block.quote
  return `${block.cta.label} : ${block.cta.href}`
}

/**
 * Every Atlas mail has one shape: greeting, blocks, signature (and an
 * optional footer). Every piece of text is escaped here, once, so a name
 * or a message typed by someone can never become markup.
 */
export const composeMail = ({
  locale,
  subject,
  name,
  blocks,
  footer,
}: {
  locale: Locale
  subject: string
  name: string
  blocks: MailBlock[]
  footer?: string
}): MailContent => {
  const all: MailBlock[] = [
    { paragraph: translate(locale, 'email.greeting', { name }) },
    ...blocks,
    { paragraph: translate(locale, 'email.signature') },
  ]
  const html = all.map(htmlOf).join('\n') + (footer ? `\n<p style="color:#667085;font-size:12px">${escapeHtml(footer)}</p>` : '')
  const text = all.map(textOf).join('\n\n') + (footer ? `\n\n--\n${footer}` : '')
  return { subject, html, text }
}

/** `translate` bound to one language. */
export const translator = (locale: Locale) => (key: string, params?: MessageParams) => translate(locale, key, params)
