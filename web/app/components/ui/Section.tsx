import type { ReactNode } from 'react'

/** The page-width column every page lines up on (`--container`). */
export function Container({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={className ? `container ${className}` : 'container'}>{children}</div>
}

type SectionProps = {
  /** The id of the heading that names the section (aria-labelledby). */
  labelledBy?: string
  id?: string
  tinted?: boolean
  className?: string
  children: ReactNode
}

/** A vertical band of a page, with the standard spacing; `tinted` gives it the surface colour. */
export function Section({ labelledBy, id, tinted = false, className, children }: SectionProps) {
  const classes = ['section', tinted ? 'section-tinted' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <section id={id} className={classes} aria-labelledby={labelledBy}>
      <Container>{children}</Container>
    </section>
  )
}

/** A section's centred title (h2) and optional lead. */
export function SectionHeader({ id, title, lead }: { id: string; title: string; lead?: string | null }) {
  return (
    <header className="section-header">
      <h2 id={id}>{title}</h2>
      {lead ? <p className="lead">{lead}</p> : null}
    </header>
  )
}
