import type { PayloadRequest } from 'payload'
import { translate, type Locale } from '@atlas/shared/i18n'
import { parisDate } from '../format'

type Attempt = { lessonId: string; score: number; passed?: boolean | null; submittedAt: string }
type Enrollment = { course: number | { id: number }; quizAttempts?: Attempt[] | null }
type CourseTitles = { id: number; title: string; lessons?: { id?: string | null; title?: string | null }[] | null }
type Row = { key: string; quiz: string; number: number; submittedAt: string; score: number; passed: boolean }

const courseIdOf = (course: Enrollment['course']) => (typeof course === 'object' ? course.id : course)

/** Every quiz attempt of the investor, numbered per quiz, newest first; read with the viewer's own access. */
async function attemptRows(req: PayloadRequest, clientId: number, locale: Locale): Promise<Row[]> {
  const asViewer = { overrideAccess: false, user: req.user, req } as const
  const enrollments = await req.payload.find({ collection: 'enrollments', where: { owner: { equals: clientId } }, limit: 200, depth: 0, ...asViewer })
  const docs = enrollments.docs as unknown as Enrollment[]
  const ids = docs.filter((e) => (e.quizAttempts ?? []).length > 0).map((e) => courseIdOf(e.course))
  if (ids.length === 0) return []
  const courses = await req.payload.find({
    collection: 'courses',
    where: { id: { in: ids } },
    select: { title: true, lessons: true },
    limit: ids.length,
    depth: 0,
    ...asViewer,
  })
  const titles = new Map((courses.docs as unknown as CourseTitles[]).map((c) => [c.id, c]))
  const rows = docs.flatMap((enrollment) => {
    const courseId = courseIdOf(enrollment.course)
    const course = titles.get(courseId)
    const count = new Map<string, number>()
    return (enrollment.quizAttempts ?? []).map((attempt, i) => {
      const number = (count.get(attempt.lessonId) ?? 0) + 1
      count.set(attempt.lessonId, number)
      const lesson = course?.lessons?.find((l) => l.id === attempt.lessonId)?.title
      const quiz = course ? `${course.title}${lesson ? ` — ${lesson}` : ''}` : translate(locale, 'admin.attempts.unknownQuiz', { id: courseId })
      return { key: `${courseId}-${i}`, quiz, number, submittedAt: attempt.submittedAt, score: attempt.score, passed: Boolean(attempt.passed) }
    })
  })
  return rows.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
}

/**
 * The client's quiz attempts, passed or failed, for their advisor: which quiz,
 * attempt number, date and time in Paris, score and outcome — so a pass at
 * the fifth attempt reads differently from a pass at the first.
 */
export async function ClientQuizAttempts({ req, clientId, locale }: { req: PayloadRequest; clientId: number; locale: Locale }) {
  const t = (key: string) => translate(locale, key)
  const rows = await attemptRows(req, clientId, locale)
  return (
    <section className="client-card" aria-labelledby="client-attempts" data-testid="client-quiz-attempts">
      <h2 id="client-attempts">{t('admin.attempts.title')}</h2>
      <p>{t('admin.attempts.lead')}</p>
      {rows.length === 0 ? (
        <p>{t('admin.attempts.none')}</p>
      ) : (
        <div className="clients-table-wrap">
          <table className="clients-table">
            <thead>
              <tr>
                <th>{t('admin.attempts.quiz')}</th>
                <th className="clients-number">{t('admin.attempts.number')}</th>
                <th>{t('admin.attempts.date')}</th>
                <th className="clients-number">{t('admin.attempts.score')}</th>
                <th>{t('admin.attempts.result')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-testid="client-quiz-attempt" data-passed={row.passed ? 'true' : 'false'}>
                  <td>{row.quiz}</td>
                  <td className="clients-number">{row.number}</td>
                  <td>{parisDate(locale, row.submittedAt, true)}</td>
                  <td className="clients-number">{row.score} %</td>
                  <td>{row.passed ? t('admin.attempts.passed') : <span className="client-warning">{t('admin.attempts.failed')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
