import type { ReactNode } from 'react'

/** A message about the whole form (or its outcome), read out when it appears. */
export function FormAlert({ children, tone = 'error', testId }: { children: ReactNode; tone?: 'error' | 'success'; testId?: string }) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  )
}
