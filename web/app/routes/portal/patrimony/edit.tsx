import { data } from 'react-router'
import type { Route } from './+types/edit'
import { AssetForm } from '../../../components/AssetForm'
import { FormAlert } from '../../../components/FormAlert'
import { assetToForm } from '../../../lib/assetForm'
import { findAsset, listAssets, requireInvestor } from '../../../lib/assets.server'
import { financeableAssets } from '../../../lib/financeableAssets'
import { getLocale } from '../../../lib/i18n.server'
import { pageMeta } from '../../../lib/pageMeta'
import { useT } from '../../../lib/translation'
import { submitAsset } from './assetAction.server'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'patrimony.edit')

export async function loader({ request, params }: Route.LoaderArgs) {
  const { token, headers } = await requireInvestor(request)
  const [asset, docs, locale] = await Promise.all([findAsset(request, token, params.id), listAssets(request, token), getLocale(request)])
  const financeable = financeableAssets(docs, locale, String(asset.id))
  return data({ label: asset.label ?? '', values: assetToForm(asset, locale), financeable }, { headers })
}

export const action = ({ request, params }: Route.ActionArgs) => submitAsset(request, params.id)

export default function EditAsset({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  return (
    <div className="dashboard asset-page">
      <h1>{t('patrimony.form.editTitle', { label: loaderData.label })}</h1>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      <section className="card">
        <AssetForm values={actionData?.values ?? loaderData.values} errors={actionData?.fieldErrors ?? {}} financeable={loaderData.financeable} />
      </section>
    </div>
  )
}
