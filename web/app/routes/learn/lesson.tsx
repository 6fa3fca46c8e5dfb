import { data, Form, Link, redirect } from 'react-router'
import { translate } from '@atlas/shared/i18n'
import type { Route } from './+types/lesson'
import { LexicalContent } from '../../components/training/LexicalContent'
import { QuizForm, type QuizActionData } from '../../components/training/QuizForm'
import { VideoLesson } from '../../components/training/VideoLesson'
import { PortalNav } from '../../components/PortalNav'
import { cmsFetch } from '../../lib/cms.server'
import { env } from '../../lib/env.server'
import { getLocale } from '../../lib/i18n.server'
import { getOptionalUser, requireUser } from '../../lib/session.server'
import { courseBySlug, inAttemptOrder, myEnrollments, quizState } from '../../lib/training.server'
import { courseIdOf, courseProgress } from '../../lib/trainingProgress'
import type { CourseView, QuizSubmission } from '../../lib/trainingTypes'
import { useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ data: loaded }) => [
  { title: `${loaded?.lesson.title ?? ''} — ${loaded?.course.title ?? ''} · Atlas` },
]

function lessonOf(course: CourseView, slug: string) {
  const lessons = course.lessons ?? []
  const index = lessons.findIndex((lesson) => lesson.slug === slug)
  if (index < 0) throw data({ reason: 'not-found' }, { status: 404 })
  return { lessons, index, lesson: lessons[index]! }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const signedIn = await getOptionalUser(request)
  const investor = signedIn?.user.role === 'investor' ? signedIn : null
  const course = await courseBySlug(signedIn?.token, params.slug)
  const { lessons, index, lesson } = lessonOf(course, params.lesson)
  // A visitor on a course that is not a free preview has the outline only.
  if (lesson.locked) throw redirect(`/formation/${course.slug}`)
  const [enrollments, quiz] = investor
    ? await Promise.all([myEnrollments(investor.token), lesson.blockType === 'quiz' ? quizState(investor.token, course.id, lesson.id) : null])
    : [[], null]
  const progress = courseProgress(course, enrollments.find((e) => courseIdOf(e) === course.id))
  const neighbour = (i: number) => (lessons[i] ? { slug: lessons[i].slug, title: lessons[i].title } : null)
  return data(
    {
      course: { id: course.id, slug: course.slug, title: course.title, productClass: course.productClass },
      // Options in the order the cms chose for this attempt; the cooldown after a failed attempt, if running.
      lesson: inAttemptOrder(lesson, quiz?.order),
      quiz: quiz ? { attempt: quiz.attempt, nextAttemptAt: quiz.nextAttemptAt && Date.parse(quiz.nextAttemptAt) > Date.now() ? quiz.nextAttemptAt : null } : null,
      index,
      total: lessons.length,
      previous: neighbour(index - 1),
      next: neighbour(index + 1),
      done: progress.doneIds.includes(lesson.id),
      isInvestor: Boolean(investor),
      // Where "Connectez-vous" brings a visitor back after signing in.
      signInHref: `/connexion?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`,
      mediaBase: env.cmsPublicUrl,
    },
    { headers: signedIn?.headers },
  )
}

export async function action({ request, params }: Route.ActionArgs) {
  const { token } = await requireUser(request)
  const locale = await getLocale(request)
  const course = await courseBySlug(token, params.slug)
  const { lessons, index, lesson } = lessonOf(course, params.lesson)
  const form = await request.formData()

  if (form.get('intent') === 'complete') {
    const result = await cmsFetch('/api/enrollments/complete-lesson', { token, locale, method: 'POST', body: { course: course.id, lesson: lesson.id } })
    if (!result.ok) return data<QuizActionData>({ answers: {}, fieldErrors: {}, formError: result.kind === 'error' ? result.message : translate(locale, 'training.error.generic') }, { status: result.status || 503 })
    const next = lessons[index + 1]
    throw redirect(next ? `/formation/${course.slug}/${next.slug}` : `/formation/${course.slug}`)
  }

  const answers: Record<string, string[]> = {}
  const fieldErrors: Record<string, string> = {}
  for (const question of lesson.questions ?? []) {
    answers[question.id] = form.getAll(`answer.${question.id}`).map(String)
    if (answers[question.id]!.length === 0) fieldErrors[question.id] = translate(locale, 'training.quiz.unanswered')
  }
  if (Object.keys(fieldErrors).length > 0) return data<QuizActionData>({ answers, fieldErrors }, { status: 400 })
  const result = await cmsFetch<QuizSubmission>('/api/enrollments/submit-quiz', {
    token,
    locale,
    method: 'POST',
    body: { course: course.id, lesson: lesson.id, answers },
  })
  if (!result.ok) {
    // A refusal about one question (`answers.<questionId>`, e.g. several options on a single-choice one) goes to its fieldset.
    const atQuestions = result.kind === 'error'
      ? Object.fromEntries(Object.entries(result.fieldErrors).flatMap(([path, message]) => (path.startsWith('answers.') ? [[path.slice('answers.'.length), message]] : [])))
      : {}
    const formError = Object.keys(atQuestions).length > 0 ? undefined : result.kind === 'error' ? result.message : translate(locale, 'training.error.generic')
    return data<QuizActionData>({ answers, fieldErrors: atQuestions, formError }, { status: result.status >= 400 ? result.status : 503 })
  }
  return data<QuizActionData>({ answers, fieldErrors: {}, result: result.data })
}

export default function LessonPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { course, lesson, quiz, index, total, previous, next, done, isInvestor, signInHref, mediaBase } = loaderData
  return (
    <div className="container training lesson">
      {isInvestor ? <PortalNav className="portal-nav lesson-portal-nav" testId="lesson-portal-nav" /> : null}
      <p><Link to={`/formation/${course.slug}`} className="back-link">← {course.title}</Link></p>
      <header className="training-header">
        <p className="muted">{t('training.lesson.position', { index: index + 1, total })} · {t(`training.lesson.kind.${lesson.blockType}`)}</p>
        <h1>{lesson.title}</h1>
        {done ? <p><span className="pill pill-completed" data-testid="lesson-done">{t('training.lesson.done')}</span></p> : null}
      </header>
      <article className="lesson-body">
        {lesson.blockType === 'video' ? <VideoLesson lesson={lesson} mediaBase={mediaBase} /> : null}
        {lesson.blockType === 'text' ? <LexicalContent value={lesson.content} mediaBase={mediaBase} /> : null}
        {lesson.blockType === 'quiz' ? (
          <QuizForm
            lesson={lesson}
            productClass={course.productClass}
            outcome={actionData as QuizActionData | undefined}
            canAnswer={isInvestor}
            attempt={quiz}
            signInHref={signInHref}
            after={next ? { href: `/formation/${course.slug}/${next.slug}`, label: t('training.lesson.next') } : { href: `/formation/${course.slug}`, label: course.title }}
          />
        ) : null}
      </article>
      {lesson.blockType !== 'quiz' ? (
        isInvestor ? (
          <Form method="post" className="lesson-complete">
            <input type="hidden" name="intent" value="complete" />
            {(actionData as QuizActionData | undefined)?.formError ? <p className="form-alert" role="alert">{(actionData as QuizActionData).formError}</p> : null}
            <button type="submit" className="button button-primary" data-testid="mark-done">
              {done ? (next ? t('training.lesson.next') : t('training.course.back')) : t('training.lesson.markDone')}
            </button>
          </Form>
        ) : (
          <p><Link to={signInHref} data-testid="lesson-signin">{t('training.lesson.signin')}</Link></p>
        )
      ) : null}
      <nav className="lesson-nav" aria-label={t('training.course.outline')}>
        {previous ? <Link to={`/formation/${course.slug}/${previous.slug}`} rel="prev">← {t('training.lesson.previous')}</Link> : <span />}
        {next ? <Link to={`/formation/${course.slug}/${next.slug}`} rel="next" data-testid="next-lesson">{t('training.lesson.next')} →</Link> : <span />}
      </nav>
    </div>
  )
}
