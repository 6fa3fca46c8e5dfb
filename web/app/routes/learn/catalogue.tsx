import { data, Form, Link } from 'react-router'
import type { Route } from './+types/catalogue'
import { pageMeta } from '../../lib/pageMeta'
import { getOptionalUser } from '../../lib/session.server'
import { listCourses, myEnrollments } from '../../lib/training.server'
import { courseIdOf, courseProgress, type CourseStatus } from '../../lib/trainingProgress'
import { useT } from '../../lib/translation'
import { UPGRADE_URL } from '@atlas/shared/billing/entitlements'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'training.catalogue.title')

const LEVELS = ['beginner', 'intermediate', 'advanced'] as const
const STATUSES: CourseStatus[] = ['notStarted', 'inProgress', 'completed']

export async function loader({ request }: Route.LoaderArgs) {
  const signedIn = await getOptionalUser(request)
  const investor = signedIn?.user.role === 'investor' ? signedIn : null
  const [courses, enrollments] = await Promise.all([
    listCourses(signedIn?.token),
    investor ? myEnrollments(investor.token) : Promise.resolve([]),
  ])
  const url = new URL(request.url)
  const filters = {
    level: url.searchParams.get('niveau') ?? '',
    topic: url.searchParams.get('theme') ?? '',
    progress: investor ? (url.searchParams.get('progression') ?? '') : '',
  }
  const topics = [...new Set(courses.flatMap((course) => course.topics ?? []))].sort((a, b) => a.localeCompare(b, 'fr'))
  const cards = courses
    .map((course) => ({
      course: {
        ...course,
        lessons: undefined,
        body: undefined,
        lessonCount: course.lessons?.length ?? 0,
        // The cms sends a premium course's outline only (lessons `locked`) when the reader's plan does not include it.
        premiumLocked: course.premium === true && (course.lessons ?? []).some((lesson) => lesson.locked),
      },
      progress: courseProgress(course, enrollments.find((e) => courseIdOf(e) === course.id)),
    }))
    .filter(({ course, progress }) =>
      (!filters.level || course.level === filters.level) &&
      (!filters.topic || (course.topics ?? []).includes(filters.topic)) &&
      (!filters.progress || progress.status === filters.progress),
    )
  return data({ cards, topics, filters, isInvestor: Boolean(investor) }, { headers: signedIn?.headers })
}

export default function Catalogue({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { cards, topics, filters, isInvestor } = loaderData
  return (
    <div className="container training">
      <header className="training-header">
        <h1>{t('training.catalogue.title')}</h1>
        <p className="lead">{t('training.catalogue.lead')}</p>
      </header>
      <Form method="get" className="card training-filters" aria-label={t('training.filter.legend')}>
        <label>
          <span>{t('training.filter.level')}</span>
          <select name="niveau" defaultValue={filters.level}>
            <option value="">{t('training.filter.all')}</option>
            {LEVELS.map((level) => <option key={level} value={level}>{t(`training.level.${level}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('training.filter.topic')}</span>
          <select name="theme" defaultValue={filters.topic}>
            <option value="">{t('training.filter.all')}</option>
            {topics.map((topic) => <option key={topic} value={topic}>{topic}</option>)}
          </select>
        </label>
        {isInvestor ? (
          <label>
            <span>{t('training.filter.progress')}</span>
            <select name="progression" defaultValue={filters.progress}>
              <option value="">{t('training.filter.all')}</option>
              {STATUSES.map((status) => <option key={status} value={status}>{t(`training.status.${status}`)}</option>)}
            </select>
          </label>
        ) : null}
        <button type="submit" className="button button-secondary">{t('training.filter.apply')}</button>
        {!isInvestor ? <p className="muted training-filters-note">{t('training.filter.signinForProgress')}</p> : null}
      </Form>
      {cards.length === 0 ? (
        <p className="card empty-state" data-testid="training-empty">{t('training.empty')}</p>
      ) : (
        <ul className="course-grid">
          {cards.map(({ course, progress }) => (
            <li key={course.id} className="card course-card" data-testid="course-card">
              <p className="course-meta">
                <span className="pill">{t(`training.level.${course.level}`)}</span>
                {course.estimatedMinutes ? <span>{t('training.minutes', { count: course.estimatedMinutes })}</span> : null}
                <span>{t('training.lessonCount', { count: course.lessonCount })}</span>
                {course.freePreview ? <span className="pill pill-validated">{t('training.freePreview')}</span> : null}
                {course.premium ? <span className="pill pill-premium" data-testid="premium-badge">{t('entitlements.premium.badge')}</span> : null}
              </p>
              <h2><Link to={`/formation/${course.slug}`}>{course.title}</Link></h2>
              {course.summary ? <p>{course.summary}</p> : null}
              {course.topics?.length ? (
                <p className="course-topics">{course.topics.map((topic) => <span key={topic} className="tag">{topic}</span>)}</p>
              ) : null}
              {course.premiumLocked ? (
                <p className="course-unlock" data-testid="premium-unlock">
                  <Link to={UPGRADE_URL}>{t('entitlements.premium.unlock')}</Link>
                </p>
              ) : null}
              {isInvestor ? (
                <p className="course-progress" data-testid="course-status">
                  <strong className={`pill pill-${progress.status}`}>{t(`training.status.${progress.status}`)}</strong>
                  <span>{t('training.progress', { done: progress.done, total: progress.total })}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
