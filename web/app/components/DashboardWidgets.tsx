import type { ReactNode } from 'react'
import { useT } from '../lib/translation'

/**
 * The dashboard's slot for the budget and goals widgets (built with the
 * suitability questionnaire, on another branch). Renders nothing until it
 * is given widgets, so the dashboard has no empty box meanwhile.
 */
export function DashboardWidgets({ children }: { children?: ReactNode }) {
  const t = useT()
  if (!children) return null
  return (
    <section className="dashboard-widgets" aria-label={t('dashboard.widgets.label')} data-testid="dashboard-widgets">
      {children}
    </section>
  )
}
