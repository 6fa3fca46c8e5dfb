import { Form, useNavigation } from 'react-router'
import { PRODUCT_CLASS_LABELS, isProductClass } from '@atlas/shared/profile'
import { useLocale, useT } from '../../lib/translation'
import type { LessonView, QuizSubmission } from '../../lib/trainingTypes'

export type QuizActionData = {
  result?: QuizSubmission
  answers: Record<string, string[]>
  fieldErrors: Record<string, string>
  formError?: string
}

/**
 * The quiz as a plain form (works without JavaScript). Before submitting the
 * page knows only the questions; after, the server's result says which
 * answers were right and why.
 */
export function QuizForm({ lesson, productClass, outcome, canAnswer }: {
  lesson: LessonView
  productClass?: string | null
  outcome?: QuizActionData
  canAnswer: boolean
}) {
  const t = useT()
  const locale = useLocale()
  const submitting = useNavigation().state === 'submitting'
  const questions = lesson.questions ?? []
  const result = outcome?.result
  const byQuestion = new Map(result?.questions.map((q) => [q.questionId, q]))
  return (
    <div className="quiz">
      <p className="muted">{t('training.quiz.intro', { count: questions.length, passMark: lesson.passMark ?? 70 })}</p>
      {result ? (
        <section className={`card quiz-result ${result.passed ? 'quiz-passed' : 'quiz-failed'}`} data-testid="quiz-result" role="status">
          <h2>{result.passed ? t('training.quiz.passed') : t('training.quiz.score', { score: result.score, correct: result.correctCount, total: result.questionCount })}</h2>
          {result.passed ? <p>{t('training.quiz.score', { score: result.score, correct: result.correctCount, total: result.questionCount })}</p> : <p>{t('training.quiz.failed', { passMark: result.passMark })}</p>}
          <p className="muted">{t('training.quiz.best', { score: result.bestScore })}</p>
          {result.knowledgeEvidence && isProductClass(productClass) ? (
            <p data-testid="quiz-evidence">{t('training.quiz.evidence', { productClass: PRODUCT_CLASS_LABELS[productClass].label[locale] })}</p>
          ) : null}
        </section>
      ) : null}
      {outcome?.formError ? <p className="form-alert" role="alert">{outcome.formError}</p> : null}
      <Form method="post" className="quiz-form" key={result ? `after-${result.attempts}` : 'before'}>
        <input type="hidden" name="intent" value="quiz" />
        <p className="muted">{t('training.quiz.chooseAll')}</p>
        {questions.map((question, index) => {
          const checked = byQuestion.get(question.id)
          const error = outcome?.fieldErrors[question.id]
          return (
            <fieldset key={question.id} className="quiz-question" data-testid="quiz-question" aria-invalid={error ? true : undefined}>
              <legend>{index + 1}. {question.prompt}</legend>
              {question.options.map((option) => {
                const expected = checked?.correctOptionIds.includes(option.id)
                return (
                  <label key={option.id} className={checked ? (expected ? 'option option-expected' : 'option') : 'option'}>
                    <input
                      type="checkbox"
                      name={`answer.${question.id}`}
                      value={option.id}
                      defaultChecked={outcome?.answers[question.id]?.includes(option.id)}
                      disabled={!canAnswer}
                    />
                    <span>{option.label}</span>
                  </label>
                )
              })}
              {error ? <p className="field-error" role="alert">{error}</p> : null}
              {checked ? (
                <div className={`quiz-feedback ${checked.correct ? 'is-correct' : 'is-wrong'}`} data-testid="quiz-feedback">
                  <strong>{checked.correct ? t('training.quiz.correct') : t('training.quiz.wrong')}</strong>
                  {!checked.correct ? (
                    <p>{t('training.quiz.rightAnswer', { answer: question.options.filter((o) => checked.correctOptionIds.includes(o.id)).map((o) => o.label).join(' · ') })}</p>
                  ) : null}
                  {checked.explanation ? <p>{checked.explanation}</p> : null}
                </div>
              ) : null}
            </fieldset>
          )
        })}
        {canAnswer ? (
          <button type="submit" className="button button-primary" disabled={submitting} data-testid="quiz-submit">
            {result ? t('training.quiz.retry') : t('training.quiz.submit')}
          </button>
        ) : (
          <p className="muted">{t('training.quiz.signin')}</p>
        )}
      </Form>
    </div>
  )
}
