import type { ReactNode } from 'react'
import { useT } from '../lib/translation'

/** The dashboard's band of widgets drawn from the questionnaire (budget). */
export function DashboardWidgets({ children }: { children?: ReactNode }) {
  const t = useT()
  if (!children) return null
  return (
    <section className="dashboard-widgets" aria-label={t('dashboard.widgets.label')} data-testid="dashboard-widgets">
      {children}
    </section>
  )
}
