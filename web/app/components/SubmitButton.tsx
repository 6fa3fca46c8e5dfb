import type { ReactNode } from 'react'
import { useNavigation } from 'react-router'

/** The form's main button; marked busy while its submission is on its way. */
export function SubmitButton({ children }: { children: ReactNode }) {
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting'
  return (
    <button type="submit" className="button button-primary button-block" disabled={busy} aria-busy={busy || undefined}>
      {children}
    </button>
  )
}
