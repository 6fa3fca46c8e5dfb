import type { ComponentType } from 'react'
import type { FeaturesBlock } from '@atlas/shared/payload-types'
import { AdvisorIcon, BookIcon, ChartIcon, EuropeIcon, LockIcon, ShieldIcon } from '../icons'
import { Card } from '../ui/Card'
import { Section, SectionHeader } from '../ui/Section'

const ICONS: Record<string, ComponentType<{ className?: string }>> = {
  chart: ChartIcon,
  book: BookIcon,
  advisor: AdvisorIcon,
  shield: ShieldIcon,
  europe: EuropeIcon,
  lock: LockIcon,
}

/** Short items as icon cards, numbered steps or an icon list. */
export function FeaturesBlockView({ block, headingId }: { block: FeaturesBlock; headingId: string }) {
  const items = block.items ?? []
  return (
    <Section id={block.anchor || undefined} tinted={Boolean(block.tinted)} labelledBy={headingId}>
      <SectionHeader id={headingId} title={block.title} lead={block.lead} />
      {block.style === 'steps' ? (
        <ol className="steps">
          {items.map((item, i) => (
            <li key={item.id ?? i} className="step">
              <span className="step-number" aria-hidden="true">{i + 1}</span>
              <h3>{item.title}</h3>
              <p>{item.text}</p>
            </li>
          ))}
        </ol>
      ) : block.style === 'list' ? (
        <ul className="trust grid-3">
          {items.map((item, i) => {
            const Icon = item.icon ? ICONS[item.icon] : undefined
            return (
              <li key={item.id ?? i} className="trust-item">
                {Icon ? <Icon className="icon trust-icon" /> : null}
                <div>
                  <h3>{item.title}</h3>
                  <p>{item.text}</p>
                </div>
              </li>
            )
          })}
        </ul>
      ) : (
        <div className="grid-3">
          {items.map((item, i) => {
            const Icon = item.icon ? ICONS[item.icon] : undefined
            return (
              <Card as="article" key={item.id ?? i} className="feature">
                {Icon ? <span className="feature-icon"><Icon /></span> : null}
                <h3>{item.title}</h3>
                <p>{item.text}</p>
              </Card>
            )
          })}
        </div>
      )}
    </Section>
  )
}
