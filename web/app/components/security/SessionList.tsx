import { Form } from 'react-router'
import type { ActiveSession } from '../../lib/account.server'
import { deviceLabel } from '../../lib/device'
import { useT } from '../../lib/translation'

const when = (iso: string | null, locale: string) =>
  iso ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso)) : '—'

/** The signed-in devices (this one first) and "déconnecter les autres appareils". */
export function SessionList({ sessions, locale }: { sessions: ActiveSession[]; locale: string }) {
  const t = useT()
  const ordered = [...sessions].sort((a, b) => Number(b.current) - Number(a.current))
  const others = sessions.filter((s) => !s.current).length
  return (
    <>
      <table className="sessions-table" data-testid="sessions">
        <thead>
          <tr>
            <th scope="col">{t('security.sessions.device')}</th>
            <th scope="col">{t('security.sessions.signedIn')}</th>
            <th scope="col">{t('security.sessions.lastSeen')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((session) => (
            <tr key={session.id} data-testid={session.current ? 'session-current' : 'session-other'}>
              <th scope="row">
                {deviceLabel(session.userAgent) ?? t('security.sessions.unknownDevice')}
                {session.current ? <span className="session-current">{t('security.sessions.current')}</span> : null}
              </th>
              <td>{when(session.createdAt, locale)}</td>
              <td>{when(session.lastSeenAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {others > 0 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="logoutOthers" />
          <button type="submit" className="button button-secondary" data-testid="logout-others">
            {t('security.sessions.logoutOthers')}
          </button>
        </Form>
      ) : (
        <p className="muted">{t('security.sessions.none')}</p>
      )}
    </>
  )
}
