import type { ReactNode } from 'react'
import { useNavigation } from 'react-router'
import { Button } from './ui/Button'

/** The form's main button; marked busy while its submission is on its way. */
export function SubmitButton({ children }: { children: ReactNode }) {
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting'
  return (
    <Button type="submit" variant="primary" block disabled={busy} aria-busy={busy || undefined}>
      {children}
    </Button>
  )
}
