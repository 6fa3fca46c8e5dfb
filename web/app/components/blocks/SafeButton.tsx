import { isSafeLinkTarget } from '@atlas/shared/pages'
import { ButtonLink, type ButtonSize, type ButtonVariant } from '../ui/Button'

type EditorButton = { label?: string | null; href?: string | null } | null | undefined

/** An editor's button, drawn only when it has a label and a target the site allows (shared isSafeLinkTarget). */
export function SafeButton({ button, variant, size, testId }: { button: EditorButton; variant: ButtonVariant; size?: ButtonSize; testId?: string }) {
  const label = button?.label?.trim()
  if (!label || !isSafeLinkTarget(button?.href)) return null
  return (
    <ButtonLink to={button.href} variant={variant} size={size} testId={testId}>
      {label}
    </ButtonLink>
  )
}
