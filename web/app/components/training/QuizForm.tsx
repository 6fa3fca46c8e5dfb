import { Form, Link, useNavigation } from 'react-router'
import { PRODUCT_CLASS_LABELS, isProductClass } from '@atlas/shared/profile'
import { useLocale, useT } from '../../lib/translation'
import type { LessonView, QuizSubmission } from '../../lib/trainingTypes'

export type QuizActionData = {
  result?: QuizSubmission
  answers: Record<string, string[]>
  fieldErrors: Record<string, string>
  formError?: string
}

/** The cms's view of the attempt to come: its number and, after a failure, the end of the cooldown. */
export type QuizAttemptView = { attempt: number; nextAttemptAt: string | null } | null

const parisDateTime = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso))

/**
 * The quiz as a plain form (works without JavaScript), its options in the
 * order the cms chose for this attempt. Before submitting the page knows
 * only the questions; after a failure, which questions to review and when
 * the next attempt is possible — never the expected answers; after a pass,
 * the explanations too.
 */
export function QuizForm({ lesson, productClass, outcome, canAnswer, attempt, signInHref, after }: {
  lesson: LessonView
  /** Sign-in page that returns here. */
  signInHref: string
  /** Where to go once the quiz is passed: the next lesson, or back to the course. */
  after: { href: string; label: string }
  productClass?: string | null
  outcome?: QuizActionData
  canAnswer: boolean
  attempt?: QuizAttemptView
}) {
  const t = useT()
  const locale = useLocale()
  const submitting = useNavigation().state === 'submitting'
  const questions = lesson.questions ?? []
  const result = outcome?.result
  const byQuestion = new Map(result?.questions.map((q) => [q.questionId, q]))
  const waitUntil = attempt?.nextAttemptAt ?? null
  return (
    <div className="quiz">
      <p className="muted">{t('training.quiz.intro', { count: questions.length, passMark: lesson.passMark ?? 70 })}</p>
      {result ? (
        <section className={`card quiz-result ${result.passed ? 'quiz-passed' : 'quiz-failed'}`} data-testid="quiz-result" role="status">
          <h2>{result.passed ? t('training.quiz.passed') : t('training.quiz.score', { score: result.score, correct: result.correctCount, total: result.questionCount })}</h2>
          {result.passed ? <p>{t('training.quiz.score', { score: result.score, correct: result.correctCount, total: result.questionCount })}</p> : <p>{t('training.quiz.failed', { passMark: result.passMark })}</p>}
          <p className="muted">{t('training.quiz.attempt', { number: result.attempt })} · {t('training.quiz.best', { score: result.bestScore })}</p>
          {result.knowledgeEvidence && isProductClass(productClass) ? (
            <p data-testid="quiz-evidence">{t('training.quiz.evidence', { productClass: PRODUCT_CLASS_LABELS[productClass].label[locale] })}</p>
          ) : null}
          {result.passed ? (
            <p><Link to={after.href} className="button button-primary" data-testid="quiz-continue">{after.label} →</Link></p>
          ) : null}
        </section>
      ) : null}
      {outcome?.formError && !waitUntil ? <p className="form-alert" role="alert">{outcome.formError}</p> : null}
      {waitUntil && canAnswer ? (
        <div className="quiz-cooldown" role="status" data-testid="quiz-cooldown">
          <p><strong>{t('training.quiz.cooldown', { date: parisDateTime(locale, waitUntil) })}</strong></p>
          <p>{t('training.quiz.cooldownWhy')}</p>
        </div>
      ) : null}
      <Form method="post" className="quiz-form" key={result ? `after-${result.attempts}` : 'before'}>
        <input type="hidden" name="intent" value="quiz" />
        <p className="muted">{t('training.quiz.shuffled')}</p>
        {questions.map((question, index) => {
          const checked = byQuestion.get(question.id)
          const error = outcome?.fieldErrors[question.id]
          const single = question.choice === 'single'
          const hintId = `quiz-hint-${question.id}`
          return (
            <fieldset key={question.id} className="quiz-question" data-testid="quiz-question" data-choice={single ? 'single' : 'multiple'} aria-describedby={hintId} aria-invalid={error ? true : undefined}>
              <legend>{index + 1}. {question.prompt}</legend>
              <p className="muted quiz-hint" id={hintId}>{t(single ? 'training.quiz.chooseSingle' : 'training.quiz.chooseMultiple')}</p>
              {question.options.map((option) => {
                return (
                  <label key={option.id} className="option">
                    <input
                      type={single ? 'radio' : 'checkbox'}
                      name={`answer.${question.id}`}
                      value={option.id}
                      defaultChecked={outcome?.answers[question.id]?.includes(option.id)}
                      disabled={!canAnswer || Boolean(waitUntil)}
                    />
                    <span>{option.label}</span>
                  </label>
                )
              })}
              {error ? <p className="field-error" role="alert">{error}</p> : null}
              {checked ? (
                <div className={`quiz-feedback ${checked.correct ? 'is-correct' : 'is-wrong'}`} data-testid="quiz-feedback">
                  <strong>{checked.correct ? t('training.quiz.correct') : `${t('training.quiz.wrong')} — ${t('training.quiz.toReview')}`}</strong>
                  {checked.explanation ? <p>{checked.explanation}</p> : null}
                </div>
              ) : null}
            </fieldset>
          )
        })}
        {canAnswer ? (
          <button type="submit" className={`button ${result?.passed ? 'button-secondary' : 'button-primary'}`} disabled={submitting || Boolean(waitUntil)} data-testid="quiz-submit">
            {result ? t('training.quiz.retry') : t('training.quiz.submit')}
          </button>
        ) : (
          <p><Link to={signInHref} data-testid="quiz-signin">{t('training.quiz.signin')}</Link></p>
        )}
      </Form>
    </div>
  )
}
