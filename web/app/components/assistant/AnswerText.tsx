import { Fragment } from 'react'
import { answerBlocks, type Inline } from '@atlas/shared/assistant'

function Line({ inline }: { inline: Inline[] }) {
  return (
    <>
      {inline.map((part, i) => (part.bold ? <strong key={i}>{part.text}</strong> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  )
}

/**
 * An answer's markdown-ish text as React elements (paragraphs, lists, bold):
 * the text is never injected as HTML, so whatever a provider sends is shown
 * as text.
 */
export function AnswerText({ text }: { text: string }) {
  return (
    <div className="answer-text">
      {answerBlocks(text).map((block, i) => {
        if (block.kind === 'heading') return <p key={i} className="answer-heading"><strong><Line inline={block.inline} /></strong></p>
        if (block.kind === 'list') {
          const items = block.items.map((item, j) => <li key={j}><Line inline={item} /></li>)
          return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>
        }
        return (
          <p key={i}>
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 ? <br /> : null}
                <Line inline={line} />
              </Fragment>
            ))}
          </p>
        )
      })}
    </div>
  )
}
