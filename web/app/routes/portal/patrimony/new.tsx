import { data } from 'react-router'
import type { Route } from './+types/new'
import { AssetForm } from '../../../components/AssetForm'
import { FormAlert } from '../../../components/FormAlert'
import { EMPTY_ASSET_FORM } from '../../../lib/assetForm'
import { listAssets, requireInvestor } from '../../../lib/assets.server'
import { financeableAssets } from '../../../lib/financeableAssets'
import { getLocale } from '../../../lib/i18n.server'
import { pageMeta } from '../../../lib/pageMeta'
import { useT } from '../../../lib/translation'
import { submitAsset } from './assetAction.server'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'patrimony.form.newTitle')

export async function loader({ request }: Route.LoaderArgs) {
  const { token, headers } = await requireInvestor(request)
  // What a new loan may finance: the investor's own assets.
  const financeable = financeableAssets(await listAssets(request, token), await getLocale(request))
  return data({ financeable }, { headers })
}

export const action = ({ request }: Route.ActionArgs) => submitAsset(request)

export default function NewAsset({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  return (
    <div className="dashboard asset-page">
      <h1>{t('patrimony.form.newTitle')}</h1>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      <section className="card">
        <AssetForm values={actionData?.values ?? EMPTY_ASSET_FORM} errors={actionData?.fieldErrors ?? {}} financeable={loaderData.financeable} />
      </section>
    </div>
  )
}
