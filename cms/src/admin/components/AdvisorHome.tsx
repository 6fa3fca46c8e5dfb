import type { ServerProps } from 'payload'
import { translate } from '@atlas/shared/i18n'
import { advisorTodos } from '../../backOffice/advisorHome'
import { figuresScopeOf } from '../../backOffice/figures'
import { adminLocale } from '../format'
import '../views/pipeline.css'

/**
 * The top of the admin's home for an advisor (the firm's, for an admin):
 * what waits for them, each a count and a link to the admin page that
 * lists it (backOffice/advisorHome.ts). Editors see the regular dashboard.
 */
export async function AdvisorHome({ payload, user, i18n }: ServerProps) {
  const scope = figuresScopeOf(user)
  if (!scope || !payload || !user) return null
  const locale = adminLocale(i18n?.language)
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params)
  const todos = await advisorTodos(payload, scope, Number(user.id))
  return (
    <section aria-labelledby="todo-title" data-testid="advisor-home">
      <h2 id="todo-title">{t(scope.advisorId === null ? 'admin.home.title.admin' : 'admin.home.title.advisor')}</h2>
      <ul className="figures todo-list">
        {todos.map((todo) => (
          <li key={todo.id} className="figure" data-testid={`todo-${todo.id}`}>
            <a href={todo.href}>
              <h3>{t(`admin.home.${todo.id}`)}</h3>
              <strong data-testid={`todo-${todo.id}-count`}>{todo.count}</strong>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
