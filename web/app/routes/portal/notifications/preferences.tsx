import { data, Form, Link, redirect } from 'react-router'
import { isStaff } from '@atlas/shared'
import { effectivePreferences, NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS, preferencesFromForm } from '@atlas/shared/notifications'
import type { Route } from './+types/preferences'
import { FormAlert } from '../../../components/FormAlert'
import { getLocale } from '../../../lib/i18n.server'
import { savePreferences } from '../../../lib/notifications.server'
import { pageMeta } from '../../../lib/pageMeta'
import { requireUser } from '../../../lib/session.server'
import { useT } from '../../../lib/translation'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'notifications.preferences.title')

export async function loader({ request }: Route.LoaderArgs) {
  const { user, headers } = await requireUser(request)
  if (isStaff(user.role)) throw redirect('/portail')
  const saved = new URL(request.url).searchParams.get('enregistre') === '1'
  return data({ preferences: effectivePreferences(user.notificationPreferences), saved }, { headers })
}

/** Every event × channel is posted as a checkbox: a box left unticked turns that channel off. */
export async function action({ request }: Route.ActionArgs) {
  const { user, token, headers } = await requireUser(request)
  const form = await request.formData()
  const preferences = preferencesFromForm(form.keys())
  const result = await savePreferences(token, user.id, preferences, await getLocale(request))
  if (result.ok) throw redirect('/portail/notifications/preferences?enregistre=1', { headers })
  if (result.status === 401) throw redirect('/connexion?redirectTo=%2Fportail%2Fnotifications%2Fpreferences')
  return data({ formError: result.kind === 'unavailable' ? 'errors.service.unavailable' : 'errors.unexpected', preferences }, { status: result.kind === 'unavailable' ? 503 : 400 })
}

/** `/portail/notifications/preferences`: a table of events × channels (portal, e-mail). */
export default function NotificationPreferences({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  // After a refused save, the boxes as they were ticked.
  const preferences = actionData?.preferences ?? loaderData.preferences
  return (
    <div className="notifications-page">
      <header>
        <h1>{t('notifications.preferences.title')}</h1>
        <p className="muted">{t('notifications.preferences.lead')}</p>
      </header>
      {loaderData.saved && !actionData ? <FormAlert tone="success" testId="preferences-saved">{t('notifications.preferences.saved')}</FormAlert> : null}
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      <Form method="post" className="card">
        <table className="preferences-table">
          <thead>
            <tr>
              <th scope="col">{t('notifications.preferences.event')}</th>
              {NOTIFICATION_CHANNELS.map((channel) => (
                <th scope="col" className="channel" key={channel}>{t(`notifications.channel.${channel}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {NOTIFICATION_EVENTS.map((event) => (
              <tr key={event}>
                <th scope="row" id={`event-${event}`}>{t(`notifications.event.${event}`)}</th>
                {NOTIFICATION_CHANNELS.map((channel) => (
                  <td className="channel" key={channel}>
                    <input
                      type="checkbox"
                      name={`${event}.${channel}`}
                      defaultChecked={preferences[event][channel]}
                      aria-label={`${t(`notifications.event.${event}`)} — ${t(`notifications.channel.${channel}`)}`}
                      data-testid={`pref-${event}-${channel}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="form-actions">
          <button type="submit" className="button button-primary" data-testid="save-preferences">{t('notifications.preferences.submit')}</button>
          <Link to="/portail/notifications" className="button button-secondary">{t('notifications.preferences.back')}</Link>
        </div>
      </Form>
    </div>
  )
}
