import type { HTMLAttributes } from 'react'

type CardProps = HTMLAttributes<HTMLElement> & { as?: 'div' | 'section' | 'article' | 'li' }

/** A white panel with border, radius and a soft shadow (styles/components.css `.card`). */
export function Card({ as: Tag = 'div', className, ...rest }: CardProps) {
  return <Tag className={className ? `card ${className}` : 'card'} {...rest} />
}
