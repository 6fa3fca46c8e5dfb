import { useT } from '../../lib/translation'

/** Where the investor is: step x of 9, and how much of the whole questionnaire is answered. */
export function StepProgress({ number, total, pct }: { number: number | null; total: number; pct: number }) {
  const t = useT()
  return (
    <div className="step-progress">
      {number ? <p className="step-progress-step" data-testid="step-number">{t('questionnaire.progress.step', { number, total })}</p> : null}
      <label className="step-progress-total">
        <span data-testid="completion">{t('questionnaire.progress.total', { pct })}</span>
        <progress max={100} value={pct} />
      </label>
    </div>
  )
}
