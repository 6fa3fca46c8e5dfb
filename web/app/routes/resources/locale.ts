import { redirect } from 'react-router'
import { isLocale } from '@atlas/shared/i18n'
import type { Route } from './+types/locale'
import { formText } from '../../lib/forms'
import { safeRedirect } from '../../lib/safeRedirect'
import { commitLocale } from '../../lib/session.server'

/** The language switch: remember the chosen language, then show the same page again. */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const locale = formText(formData, 'locale')
  const back = safeRedirect(formText(formData, 'redirectTo'), '/')
  if (!isLocale(locale)) return redirect(back)
  return redirect(back, { headers: { 'Set-Cookie': await commitLocale(request, locale) } })
}

/** A GET here (a bookmarked form target) just goes home. */
export const loader = () => redirect('/')
