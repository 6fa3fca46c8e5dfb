import type { ButtonHTMLAttributes, ReactNode } from 'react'
import { Link } from 'react-router'
import { isExternalLinkTarget } from '@atlas/shared/pages'

/*
 * Buttons of the design system (styles/components.css): one look whether
 * the element is a <button>, a site link or an external link.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'accent' | 'danger'
export type ButtonSize = 'small' | 'medium' | 'large'

type Look = { variant?: ButtonVariant; size?: ButtonSize; block?: boolean; className?: string }

export const buttonClass = ({ variant = 'primary', size = 'medium', block = false, className }: Look): string =>
  ['button', `button-${variant}`, size === 'medium' ? '' : `button-${size}`, block ? 'button-block' : '', className ?? '']
    .filter(Boolean)
    .join(' ')

export function Button({ variant, size, block, className, type = 'button', ...rest }: Look & ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type={type} className={buttonClass({ variant, size, block, className })} {...rest} />
}

type ButtonLinkProps = Look & { to: string; children: ReactNode; testId?: string }

/** A link that looks like a button: a client-side `<Link>` on the site, a plain `<a>` for https:/mailto:. */
export function ButtonLink({ to, children, testId, ...look }: ButtonLinkProps) {
  const className = buttonClass(look)
  if (isExternalLinkTarget(to)) {
    return (
      <a href={to} className={className} data-testid={testId} {...(to.startsWith('https:') ? { rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    )
  }
  return (
    <Link to={to} className={className} data-testid={testId}>
      {children}
    </Link>
  )
}
