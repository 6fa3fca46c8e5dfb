import { data, Form, redirect } from 'react-router'
import { formatEur } from '@atlas/shared/finance/money'
import type { Route } from './+types/delete'
import { FormAlert } from '../../../components/FormAlert'
import { deleteAsset, findAsset, requireInvestor } from '../../../lib/assets.server'
import { getLocale } from '../../../lib/i18n.server'
import { pageMeta } from '../../../lib/pageMeta'
import { useLocale, useT } from '../../../lib/translation'
import { Button, ButtonLink } from '../../../components/ui/Button'
import { Card } from '../../../components/ui/Card'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'patrimony.delete')

/** A real confirmation page: deleting works without JavaScript and never on a GET. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { token, headers } = await requireInvestor(request)
  const asset = await findAsset(request, token, params.id)
  return data({ label: asset.label ?? '', valueCents: asset.valueCents }, { headers })
}

export async function action({ request, params }: Route.ActionArgs) {
  const { token, headers } = await requireInvestor(request)
  const result = await deleteAsset(token, await getLocale(request), params.id)
  if (result.ok) throw redirect('/portail/patrimoine?supprime=1', { headers })
  if (result.status === 401) throw redirect('/connexion')
  const formError = result.kind === 'unavailable' ? 'errors.service.unavailable' : 'errors.asset.notFound'
  return data({ formError }, { status: result.kind === 'unavailable' ? 503 : 404 })
}

export default function DeleteAsset({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="dashboard asset-page">
      <Card as="section" className="confirm-card" aria-labelledby="confirm-title">
        <h1 id="confirm-title">{t('patrimony.delete.title', { label: loaderData.label })}</h1>
        <p className="holding-value">{formatEur(loaderData.valueCents, locale)}</p>
        <p>{t('patrimony.delete.body')}</p>
        {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
        <Form method="post" className="form-actions">
          <Button type="submit" variant="danger" data-testid="confirm-delete">{t('patrimony.delete.confirm')}</Button>
          <ButtonLink to="/portail/patrimoine" variant="secondary">{t('patrimony.form.cancel')}</ButtonLink>
        </Form>
      </Card>
    </div>
  )
}
