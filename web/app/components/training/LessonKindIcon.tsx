import type { LessonKind } from '../../lib/trainingTypes'

const GLYPH: Record<LessonKind, string> = { video: '▶', text: '¶', quiz: '?' }

/** A small decorative mark for the kind of lesson (its name is written beside it). */
export const LessonKindIcon = ({ kind }: { kind: LessonKind }) => (
  <span className={`lesson-icon lesson-icon-${kind}`} aria-hidden="true">{GLYPH[kind]}</span>
)
