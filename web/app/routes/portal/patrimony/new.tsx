import { data } from 'react-router'
import type { Route } from './+types/new'
import { AssetForm } from '../../../components/AssetForm'
import { FormAlert } from '../../../components/FormAlert'
import { EMPTY_ASSET_FORM } from '../../../lib/assetForm'
import { requireInvestor } from '../../../lib/assets.server'
import { pageMeta } from '../../../lib/pageMeta'
import { useT } from '../../../lib/translation'
import { submitAsset } from './assetAction.server'

export const meta: Route.MetaFunction = ({ matches }) => pageMeta(matches, 'patrimony.form.newTitle')

export async function loader({ request }: Route.LoaderArgs) {
  const { headers } = await requireInvestor(request)
  return data(null, { headers })
}

export const action = ({ request }: Route.ActionArgs) => submitAsset(request)

export default function NewAsset({ actionData }: Route.ComponentProps) {
  const t = useT()
  return (
    <div className="dashboard asset-page">
      <h1>{t('patrimony.form.newTitle')}</h1>
      {actionData?.formError ? <FormAlert testId="form-error">{t(actionData.formError)}</FormAlert> : null}
      <section className="card">
        <AssetForm values={actionData?.values ?? EMPTY_ASSET_FORM} errors={actionData?.fieldErrors ?? {}} />
      </section>
    </div>
  )
}
