import { data, Link } from 'react-router'
import { isStaff } from '@atlas/shared'
import type { Route } from './+types/training'
import { BadgeList } from '../../components/training/BadgeList'
import { pageMeta } from '../../lib/pageMeta'
import { requireUser } from '../../lib/session.server'
import { listCourses, myEnrollments } from '../../lib/training.server'
import { courseIdOf, courseProgress, trainingSummary } from '../../lib/trainingProgress'
import { useT } from '../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'training.me.title')

/** The investor's training area: points, level, badges and their courses. */
export async function loader({ request }: Route.LoaderArgs) {
  const { user, token, headers } = await requireUser(request)
  if (isStaff(user.role)) return data({ training: null }, { headers })
  const [enrollments, courses] = await Promise.all([myEnrollments(token), listCourses(token)])
  const mine = enrollments.flatMap((enrollment) => {
    const course = courses.find((c) => c.id === courseIdOf(enrollment))
    return course ? [{ slug: course.slug, title: course.title, progress: courseProgress(course, enrollment), points: enrollment.points ?? 0 }] : []
  })
  return data({ training: { summary: trainingSummary(enrollments), courses: mine } }, { headers })
}

export default function TrainingProfile({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { training } = loaderData
  if (!training) return null
  const { summary, courses } = training
  const { level } = summary
  return (
    <div className="training-profile">
      <h1>{t('training.me.title')}</h1>
      <section className="card training-level" aria-labelledby="level-title">
        <h2 id="level-title" data-testid="training-level">{t('training.me.level', { level: level.level, name: t(`training.levelName.${level.key}`) })}</h2>
        <p className="training-points" data-testid="training-points">{t('training.me.points', { points: summary.points })}</p>
        {level.nextAt !== null ? (
          <>
            <progress max={level.nextAt} value={summary.points} aria-label={t('training.me.next', { count: level.nextAt - summary.points })} />
            <p className="muted">{t('training.me.next', { count: level.nextAt - summary.points })}</p>
          </>
        ) : (
          <p className="muted">{t('training.me.max')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="badges-title">
        <h2 id="badges-title">{t('training.badges.title')}</h2>
        <BadgeList earned={summary.badges} />
      </section>
      <section className="card" aria-labelledby="my-courses-title">
        <h2 id="my-courses-title">{t('training.me.courses')}</h2>
        {courses.length === 0 ? (
          <p className="muted">{t('training.me.none')}</p>
        ) : (
          <ul className="holding-list">
            {courses.map((course) => (
              <li key={course.slug} className="holding" data-testid="my-course">
                <span className="holding-name">
                  <Link to={`/formation/${course.slug}`} className="holding-label">{course.title}</Link>
                  <span className="holding-category">{t('training.progress', { done: course.progress.done, total: course.progress.total })}</span>
                </span>
                <span className={`pill pill-${course.progress.status}`}>{t(`training.status.${course.progress.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
        <p><Link to="/formation" className="button button-secondary button-small">{t('training.me.browse')}</Link></p>
      </section>
    </div>
  )
}
