import type { ReactNode } from 'react'

/*
 * Renders Lexical JSON (what the cms stores for rich text) as React
 * elements, node by node. Text is always a React text child, so nothing an
 * editor types can become markup; links keep only http(s)/mailto targets.
 * Known nodes: paragraph, heading, list/listitem, link, quote (a callout),
 * text with bold/italic/underline/strikethrough/code, linebreak, upload
 * (images), horizontalrule. Anything else renders its children, or nothing.
 */

type LexicalNode = {
  type?: string
  tag?: string
  listType?: string
  text?: string
  format?: number | string
  children?: LexicalNode[]
  fields?: { url?: string; newTab?: boolean; linkType?: string }
  url?: string
  value?: { url?: string | null; alt?: string | null; mimeType?: string | null; width?: number | null; height?: number | null } | number | string
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])
const safeHref = (url: unknown): string | null =>
  typeof url === 'string' && /^(https?:|mailto:|\/(?!\/))/i.test(url.trim()) ? url.trim() : null

function formatted(text: string, format: number): ReactNode {
  let node: ReactNode = text
  if (format & 16) node = <code>{node}</code>
  if (format & 1) node = <strong>{node}</strong>
  if (format & 2) node = <em>{node}</em>
  if (format & 8) node = <u>{node}</u>
  if (format & 4) node = <s>{node}</s>
  return node
}

function renderNode(node: LexicalNode, key: number, mediaBase: string): ReactNode {
  const children = () => (node.children ?? []).map((child, i) => renderNode(child, i, mediaBase))
  switch (node.type) {
    case 'text':
      return <span key={key}>{formatted(node.text ?? '', typeof node.format === 'number' ? node.format : 0)}</span>
    case 'linebreak':
      return <br key={key} />
    case 'paragraph':
      return <p key={key}>{children()}</p>
    case 'heading': {
      // The page title is the h1: an editor's h1 becomes h2.
      const Tag = (HEADINGS.has(node.tag ?? '') ? node.tag : 'h2') as 'h2'
      return <Tag key={key}>{children()}</Tag>
    }
    case 'list':
      return node.listType === 'number' ? <ol key={key}>{children()}</ol> : <ul key={key}>{children()}</ul>
    case 'listitem':
      return <li key={key}>{children()}</li>
    case 'quote':
      return <blockquote key={key} className="callout">{children()}</blockquote>
    case 'horizontalrule':
      return <hr key={key} />
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      if (!href) return <span key={key}>{children()}</span>
      const external = node.fields?.newTab === true
      return (
        <a key={key} href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {children()}
        </a>
      )
    }
    case 'upload': {
      const media = typeof node.value === 'object' ? node.value : null
      if (!media?.url || !media.mimeType?.startsWith('image/')) return null
      const src = media.url.startsWith('/') ? `${mediaBase}${media.url}` : safeHref(media.url)
      if (!src) return null
      return (
        <figure key={key} className="lesson-figure">
          <img src={src} alt={media.alt ?? ''} width={media.width ?? undefined} height={media.height ?? undefined} loading="lazy" />
        </figure>
      )
    }
    default:
      return node.children ? <span key={key}>{children()}</span> : null
  }
}

/** `value` is a Lexical editor state (`{ root: { children } }`); `mediaBase` prefixes cms-relative upload URLs. */
export function LexicalContent({ value, mediaBase }: { value: unknown; mediaBase: string }) {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root?.children?.length) return null
  return <div className="rich-text">{root.children.map((node, i) => renderNode(node, i, mediaBase))}</div>
}
