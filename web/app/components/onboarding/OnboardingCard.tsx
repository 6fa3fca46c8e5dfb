import { Form, Link } from 'react-router'
import type { OnboardingChecklist } from '@atlas/shared/onboarding/checklist'
import { FormAlert } from '../FormAlert'
import { useT } from '../../lib/translation'

/** Where the card's "Masquer" form posts (routes/portal/onboarding-dismiss.ts). */
export const DISMISS_ONBOARDING_PATH = '/portail/bien-demarrer/masquer'

/** What the dashboard shows of the checklist: the list, or once hidden nothing (a status right after hiding it). */
export type OnboardingView = { checklist: OnboardingChecklist | null; justHidden: boolean }

/**
 * "Bien démarrer" on the investor's dashboard: the five first steps
 * (shared/src/onboarding/checklist.ts), how many are done, each with where
 * it is done, and "Masquer" — a plain form, so it works without JavaScript;
 * once hidden the card never comes back (remembered by the cms).
 */
export function OnboardingCard({ view }: { view: OnboardingView }) {
  const t = useT()
  const { checklist, justHidden } = view
  if (!checklist) return justHidden ? <FormAlert tone="success" testId="onboarding-hidden">{t('onboarding.hidden')}</FormAlert> : null
  const { steps, doneCount, total, complete } = checklist
  return (
    <section className="card onboarding-card" aria-labelledby="onboarding-title" data-testid="onboarding-card">
      <div className="onboarding-head">
        <h2 id="onboarding-title">{t('onboarding.title')}</h2>
        <Form method="post" action={DISMISS_ONBOARDING_PATH}>
          <button type="submit" className="button button-secondary button-small" aria-label={t('onboarding.hideLabel')} data-testid="onboarding-dismiss">
            {t('onboarding.hide')}
          </button>
        </Form>
      </div>
      <p className={complete ? 'onboarding-complete' : 'muted'} data-testid={complete ? 'onboarding-complete' : undefined}>
        {complete ? t('onboarding.complete') : t('onboarding.lead')}
      </p>
      <div className="onboarding-progress">
        <span className="onboarding-count" data-testid="onboarding-progress" aria-hidden="true">{t('onboarding.progressShort', { done: doneCount, total })}</span>
        <progress id="onboarding-progress-bar" max={total} value={doneCount} aria-label={t('onboarding.progress', { done: doneCount, total })} />
      </div>
      <ol className="onboarding-steps">
        {steps.map((step) => {
          const title = t(`onboarding.step.${step.id}`)
          const state = step.done ? t('onboarding.done') : t('onboarding.todo')
          return (
            <li key={step.id} className={step.done ? 'onboarding-step is-done' : 'onboarding-step'} data-testid={`onboarding-step-${step.id}`} data-done={step.done}>
              <span className="onboarding-mark" aria-hidden="true">{step.done ? '✓' : ''}</span>
              <div className="onboarding-text">
                {step.href.startsWith('/') ? <Link to={step.href}>{title}</Link> : <a href={step.href}>{title}</a>}
                {step.done ? null : <span className="onboarding-hint">{t(`onboarding.step.${step.id}.hint`)}</span>}
              </div>
              <span className={step.done ? 'pill pill-validated' : 'pill pill-draft'}>{state}</span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
