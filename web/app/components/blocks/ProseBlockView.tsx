import type { ProseBlock } from '@atlas/shared/payload-types'
import { LexicalContent } from '../training/LexicalContent'

/** Running text in a reading column, or small print (a disclaimer). */
export function ProseBlockView({ block, mediaBase }: { block: ProseBlock; mediaBase: string }) {
  return (
    <div className={block.width === 'note' ? 'container disclaimer' : 'container prose'}>
      <LexicalContent value={block.content} mediaBase={mediaBase} />
    </div>
  )
}
