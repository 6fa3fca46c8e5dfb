import type { FaqBlock } from '@atlas/shared/payload-types'
import { LexicalContent } from '../training/LexicalContent'
import { Section } from '../ui/Section'

/** Questions as disclosure widgets: readable and usable without JavaScript. */
export function FaqBlockView({ block, headingId, headingLevel, mediaBase }: { block: FaqBlock; headingId: string; headingLevel: 1 | 2; mediaBase: string }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <Section labelledBy={headingId} className="faq">
      <header className="section-header">
        <Heading id={headingId}>{block.title}</Heading>
      </header>
      <div className="faq-list">
        {(block.items ?? []).map((item, i) => (
          <details key={item.id ?? i} className="faq-item">
            <summary>{item.question}</summary>
            <LexicalContent value={item.answer} mediaBase={mediaBase} />
          </details>
        ))}
      </div>
    </Section>
  )
}
