import { Form, NavLink } from 'react-router'
import type { ConversationItem } from '../../lib/assistant.server'
import { useLocale, useT } from '../../lib/translation'

/** The investor's past conversations, and the button that starts a new one (a real form: works without JavaScript). */
export function ConversationList({ conversations }: { conversations: ConversationItem[] }) {
  const t = useT()
  const locale = useLocale()
  const date = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' })
  return (
    <nav className="card conversation-list" aria-labelledby="conversations-title">
      <Form method="post" action="/portail/assistant">
        <button type="submit" className="button button-primary button-block" data-testid="new-conversation">{t('assistant.new')}</button>
      </Form>
      <h2 id="conversations-title">{t('assistant.history')}</h2>
      {conversations.length === 0 ? (
        <p className="muted">{t('assistant.history.empty')}</p>
      ) : (
        <ul>
          {conversations.map((c) => (
            <li key={c.id}>
              <NavLink to={`/portail/assistant/${c.id}`} data-testid="conversation-link">
                <span className="conversation-title">{c.title || t('assistant.untitled')}</span>
                <span className="muted conversation-date">{date.format(new Date(c.lastMessageAt ?? c.createdAt))}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}
