import type { CallToActionBlock } from '@atlas/shared/payload-types'
import { SafeButton } from './SafeButton'

/** A dark closing band with one or two buttons. */
export function CallToActionBlockView({ block, headingId }: { block: CallToActionBlock; headingId: string }) {
  return (
    <section className="cta-band" aria-labelledby={headingId}>
      <div className="container cta-band-inner">
        <div>
          <h2 id={headingId}>{block.title}</h2>
          {block.text ? <p>{block.text}</p> : null}
        </div>
        <div className="cta-band-actions">
          <SafeButton button={block.button} variant="accent" size="large" testId="cta-primary" />
          <SafeButton button={block.secondary} variant="secondary" size="large" testId="cta-secondary" />
        </div>
      </div>
    </section>
  )
}
