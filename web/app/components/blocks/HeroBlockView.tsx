import { absoluteUrl } from '@atlas/shared/pages'
import type { HeroBlock, Media } from '@atlas/shared/payload-types'
import { HeroPreview } from '../HeroPreview'
import { SafeButton } from './SafeButton'

/** The page's opening: its h1 (when first), lead, buttons and a visual. */
export function HeroBlockView({ block, headingLevel, mediaBase }: { block: HeroBlock; headingLevel: 1 | 2; mediaBase: string }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  const image = block.visual === 'image' && typeof block.image === 'object' ? (block.image as Media) : null
  const imageSrc = image?.url ? (image.url.startsWith('/') ? absoluteUrl(mediaBase, image.url) : image.url) : null
  const hasVisual = block.visual === 'dashboardExample' || Boolean(imageSrc)
  return (
    <section className={hasVisual ? 'hero' : 'hero hero-plain'}>
      <div className={hasVisual ? 'container hero-inner' : 'container hero-inner hero-inner-single'}>
        <div className="hero-copy">
          {block.eyebrow ? <p className="eyebrow">{block.eyebrow}</p> : null}
          <Heading className="hero-title" data-testid="hero-title">{block.title}</Heading>
          {block.lead ? <p className="lead">{block.lead}</p> : null}
          {block.primary?.label || block.secondary?.label ? (
            <div className="hero-actions">
              <SafeButton button={block.primary} variant="primary" size="large" testId="hero-cta" />
              <SafeButton button={block.secondary} variant="secondary" size="large" testId="hero-secondary" />
            </div>
          ) : null}
          {block.note ? <p className="hero-note">{block.note}</p> : null}
        </div>
        {block.visual === 'dashboardExample' ? <HeroPreview /> : null}
        {imageSrc ? (
          <img
            className="hero-image"
            src={imageSrc}
            alt={image?.alt ?? ''}
            width={image?.width ?? undefined}
            height={image?.height ?? undefined}
            fetchPriority="high"
          />
        ) : null}
      </div>
    </section>
  )
}

