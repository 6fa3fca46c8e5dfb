import type { Page, Plan } from '@atlas/shared/payload-types'
import { CallToActionBlockView } from './CallToActionBlockView'
import { FaqBlockView } from './FaqBlockView'
import { FeaturesBlockView } from './FeaturesBlockView'
import { HeroBlockView } from './HeroBlockView'
import { PricingTableBlockView } from './PricingTableBlockView'
import { ProseBlockView } from './ProseBlockView'

type Block = NonNullable<Page['layout']>[number]

/** Blocks that can open a page with its h1 (their title); otherwise the page title is the h1. */
const OPENERS = new Set<Block['blockType']>(['hero', 'pricingTable', 'faq'])

export const opensWithTitle = (page: Page): boolean => OPENERS.has(page.layout?.[0]?.blockType as Block['blockType'])

/**
 * A cms page's blocks, in order. Only the block types listed here render;
 * anything else the cms might send is skipped.
 */
export function PageBlocks({ page, plans, mediaBase }: { page: Page; plans: Record<string, Plan[]>; mediaBase: string }) {
  const blocks = page.layout ?? []
  const firstIsTitle = opensWithTitle(page)
  return (
    <>
      {blocks.map((block, index) => {
        const key = block.id ?? String(index)
        const headingId = `bloc-${key}`
        const headingLevel = index === 0 && firstIsTitle ? 1 : 2
        switch (block.blockType) {
          case 'hero':
            return <HeroBlockView key={key} block={block} headingLevel={headingLevel} mediaBase={mediaBase} />
          case 'features':
            return <FeaturesBlockView key={key} block={block} headingId={headingId} />
          case 'pricingTable':
            return <PricingTableBlockView key={key} block={block} plans={plans[block.id ?? String(index)] ?? []} headingId={headingId} headingLevel={headingLevel} />
          case 'faq':
            return <FaqBlockView key={key} block={block} headingId={headingId} headingLevel={headingLevel} mediaBase={mediaBase} />
          case 'callToAction':
            return <CallToActionBlockView key={key} block={block} headingId={headingId} />
          case 'prose':
            return <ProseBlockView key={key} block={block} mediaBase={mediaBase} />
          default:
            return null
        }
      })}
    </>
  )
}
