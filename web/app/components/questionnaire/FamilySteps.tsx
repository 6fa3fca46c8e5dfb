import { Link } from 'react-router'
import { KNOWLEDGE_FAMILIES } from '@atlas/shared/profile/questionnaire'
import { useT } from '../../lib/translation'

/** The knowledge step's families as plain links (works without JavaScript); the current one marked. */
export function FamilySteps({ current, base }: { current: string; base: string }) {
  const t = useT()
  return (
    <nav aria-label={t('questionnaire.family.families')} className="family-steps" data-testid="family-steps">
      <ol>
        {KNOWLEDGE_FAMILIES.map((family, index) => (
          <li key={family.slug}>
            <Link to={`${base}?famille=${family.slug}`} aria-current={family.slug === current ? 'step' : undefined}>
              {index + 1}. {t(`questionnaire.family.${family.slug}`)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}
