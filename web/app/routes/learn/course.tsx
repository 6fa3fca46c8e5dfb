import { data, Link } from 'react-router'
import type { Route } from './+types/course'
import { LessonKindIcon } from '../../components/training/LessonKindIcon'
import { LexicalContent } from '../../components/training/LexicalContent'
import { env } from '../../lib/env.server'
import { getOptionalUser } from '../../lib/session.server'
import { courseBySlug, myEnrollments } from '../../lib/training.server'
import { courseIdOf, courseProgress } from '../../lib/trainingProgress'
import { useT } from '../../lib/translation'
import { UPGRADE_URL } from '@atlas/shared/billing/entitlements'

export const meta: Route.MetaFunction = ({ data: loaded }) => [{ title: `${loaded?.course.title ?? ''} · Atlas` }]

export async function loader({ request, params }: Route.LoaderArgs) {
  const signedIn = await getOptionalUser(request)
  const investor = signedIn?.user.role === 'investor' ? signedIn : null
  const course = await courseBySlug(signedIn?.token, params.slug)
  const enrollments = investor ? await myEnrollments(investor.token) : []
  const progress = courseProgress(course, enrollments.find((e) => courseIdOf(e) === course.id))
  const locked = (course.lessons ?? []).some((lesson) => lesson.locked)
  // Locked by the plan (the cms withholds a premium course's content), not by the lack of an account.
  const lockedByPlan = locked && course.premium === true && Boolean(signedIn)
  return data({ course, progress, locked, lockedByPlan, isInvestor: Boolean(investor), mediaBase: env.cmsPublicUrl }, { headers: signedIn?.headers })
}

export default function CoursePage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { course, progress, locked, lockedByPlan, isInvestor, mediaBase } = loaderData
  const lessons = course.lessons ?? []
  const first = progress.next ?? lessons[0]
  return (
    <div className="container training">
      <p><Link to="/formation" className="back-link">← {t('training.course.back')}</Link></p>
      <header className="training-header">
        <p className="course-meta">
          <span className="pill">{t(`training.level.${course.level}`)}</span>
          {course.estimatedMinutes ? <span>{t('training.minutes', { count: course.estimatedMinutes })}</span> : null}
          {course.freePreview ? <span className="pill pill-validated">{t('training.freePreview')}</span> : null}
          {course.premium ? <span className="pill pill-premium" data-testid="premium-badge">{t('entitlements.premium.badge')}</span> : null}
        </p>
        <h1>{course.title}</h1>
        {course.summary ? <p className="lead">{course.summary}</p> : null}
        {isInvestor ? (
          <p className="course-progress" data-testid="course-status">
            <strong className={`pill pill-${progress.status}`}>{t(`training.status.${progress.status}`)}</strong>
            <span>{t('training.progress', { done: progress.done, total: progress.total })}</span>
          </p>
        ) : null}
      </header>
      <LexicalContent value={course.body} mediaBase={mediaBase} />
      {lockedByPlan ? (
        <section className="card locked-notice" data-testid="course-locked-premium">
          <p>{t('entitlements.premium.locked')}</p>
          <p className="actions">
            <Link to={UPGRADE_URL} className="button button-primary" data-testid="upgrade-link">{t('entitlements.premium.unlock')}</Link>
          </p>
        </section>
      ) : locked ? (
        <section className="card locked-notice" data-testid="course-locked">
          <p>{t('training.course.locked')}</p>
          {course.premium ? <p>{t('entitlements.premium.locked')}</p> : null}
          <p className="actions">
            <Link to="/inscription" className="button button-primary">{t('nav.signup')}</Link>
            <Link to={`/connexion?redirectTo=/formation/${course.slug}`} className="button button-secondary">{t('nav.login')}</Link>
          </p>
        </section>
      ) : first ? (
        <p>
          <Link to={`/formation/${course.slug}/${first.slug}`} className="button button-primary" data-testid="course-start">
            {progress.status === 'notStarted' ? t('training.course.start') : progress.status === 'completed' ? t('training.course.review') : t('training.course.continue')}
          </Link>
        </p>
      ) : null}
      <section className="card" aria-labelledby="outline-title">
        <h2 id="outline-title">{t('training.course.outline')}</h2>
        <ol className="lesson-outline">
          {lessons.map((lesson) => {
            const done = progress.doneIds.includes(lesson.id)
            return (
              <li key={lesson.id} className={done ? 'lesson-done' : undefined} data-testid="outline-lesson">
                <LessonKindIcon kind={lesson.blockType} />
                <span className="lesson-kind">{t(`training.lesson.kind.${lesson.blockType}`)}</span>
                {locked ? <span>{lesson.title}</span> : <Link to={`/formation/${course.slug}/${lesson.slug}`}>{lesson.title}</Link>}
                {lesson.durationMinutes ? <span className="muted">{t('training.minutes', { count: lesson.durationMinutes })}</span> : null}
                {done ? <span className="pill pill-completed">{t('training.lesson.done')}</span> : null}
              </li>
            )
          })}
        </ol>
      </section>
    </div>
  )
}
