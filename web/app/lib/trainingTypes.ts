/**
 * Courses and enrollments as the cms REST API gives them to web (investor
 * token or none). Correct answers and explanations are never in them: the
 * cms withholds those fields from non-authors.
 */
export type LessonKind = 'video' | 'text' | 'quiz'
export type QuizOptionView = { id: string; label: string }
/** `choice`: single (radio buttons) or multiple (checkboxes), as the editor chose it. */
export type QuizQuestionView = { id: string; prompt: string; choice?: 'single' | 'multiple' | null; options: QuizOptionView[] }
export type MediaView = { url?: string | null; alt?: string | null; mimeType?: string | null; filename?: string | null }

export type LessonView = {
  id: string
  blockType: LessonKind
  title: string
  slug: string
  locked?: boolean
  durationMinutes?: number | null
  questionCount?: number
  videoUrl?: string | null
  videoFile?: MediaView | number | null
  transcript?: string | null
  content?: unknown
  passMark?: number | null
  questions?: QuizQuestionView[]
}

export type CourseView = {
  id: number
  title: string
  slug: string
  summary?: string | null
  level: 'beginner' | 'intermediate' | 'advanced'
  topics?: string[] | null
  estimatedMinutes?: number | null
  freePreview?: boolean | null
  /** Content for the plans that include premium courses; the cms withholds it from other readers (lessons come back `locked`). */
  premium?: boolean | null
  productClass?: string | null
  body?: unknown
  lessons?: LessonView[] | null
}

export type EnrollmentView = {
  id: number
  course: number | { id: number }
  lessonsDone?: { lessonId: string; doneAt: string }[] | null
  quizAttempts?: { lessonId: string; score: number; passed?: boolean | null; submittedAt: string }[] | null
  quizBest?: { lessonId: string; bestScore: number; passed?: boolean | null }[] | null
  points?: number | null
  completedAt?: string | null
  lastActivityAt?: string | null
}

export type QuizSubmission = {
  score: number
  passed: boolean
  passMark: number
  correctCount: number
  questionCount: number
  /** Which questions were right; the explanation only after a pass (never the expected options). */
  questions: { questionId: string; correct: boolean; explanation?: string }[]
  attempt: number
  /** After a failure: when the next attempt is possible (ISO); null after a pass. */
  nextAttemptAt: string | null
  bestScore: number
  attempts: number
  points: number
  completedAt: string | null
  knowledgeEvidence: boolean
}

/** GET /api/enrollments/quiz-state: the investor's next attempt on one quiz, as the cms decides it. */
export type QuizState = {
  attempt: number
  /** Option ids per question id, in the order to show for this attempt. */
  order: Record<string, string[]>
  nextAttemptAt: string | null
  attempts: { number: number; submittedAt: string; score: number; passed: boolean }[]
}
