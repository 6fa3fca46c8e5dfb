import { redirect } from 'react-router'
import { assetFormValues, formFieldErrors, parseAssetForm, type AssetFormValues } from '../../../lib/assetForm'
import { requireInvestor, saveAsset } from '../../../lib/assets.server'
import { rejected } from '../../../lib/forms'
import { getLocale } from '../../../lib/i18n.server'

/**
 * The action of the add and edit pages: check what was typed, send it to the
 * cms with the investor's token, and on a refusal type everything back with
 * the errors at their fields (the cms ceilings and crypto rules included).
 */
export async function submitAsset(request: Request, id?: string) {
  const { token, headers } = await requireInvestor(request)
  const values: AssetFormValues = assetFormValues(await request.formData())
  const parsed = parseAssetForm(values)
  if (!parsed.ok) return rejected(values, { fieldErrors: parsed.fieldErrors, formError: 'errors.form' })

  const result = await saveAsset(token, await getLocale(request), parsed.body, id)
  if (result.ok) throw redirect('/portail/patrimoine?enregistre=1', { headers })
  if (result.kind === 'unavailable') return rejected(values, { fieldErrors: {}, formError: 'errors.service.unavailable' }, 503)
  if (result.status === 401) throw redirect(`/connexion?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`)
  if (result.status === 403 || result.status === 404) {
    return rejected(values, { fieldErrors: {}, formError: 'errors.asset.notFound' }, 404)
  }
  const fieldErrors = formFieldErrors(result.fieldErrors)
  return rejected(values, {
    fieldErrors,
    formError: Object.keys(fieldErrors).length ? 'errors.form' : result.message || 'errors.unexpected',
  })
}
