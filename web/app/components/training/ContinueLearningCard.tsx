import { Link } from 'react-router'
import type { ContinueLearning } from '../../lib/continueLearning'
import { useT } from '../../lib/translation'

/** Dashboard widget: where the investor left off in their training. */
export function ContinueLearningCard({ resume }: { resume: ContinueLearning }) {
  const t = useT()
  return (
    <section className="card continue-learning" aria-labelledby="continue-title" data-testid="continue-learning">
      <h2 id="continue-title">{t('training.continue.title')}</h2>
      {resume ? (
        <>
          <p><strong>{resume.courseTitle}</strong></p>
          <p className="muted">
            {t('training.continue.next', { lesson: resume.lessonTitle })} · {t('training.progress', { done: resume.done, total: resume.total })}
          </p>
          <Link to={resume.href} className="button button-primary button-small">{t('training.continue.cta')}</Link>
        </>
      ) : (
        <>
          <p className="muted">{t('training.continue.empty')}</p>
          <Link to="/formation" className="button button-secondary button-small">{t('training.me.browse')}</Link>
        </>
      )}
    </section>
  )
}
