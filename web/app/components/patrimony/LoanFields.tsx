import type { AssetFormValues } from '../../lib/assetForm'
import type { FinanceableAsset } from '../../lib/financeableAssets'
import { useT } from '../../lib/translation'
import { Field } from '../Field'
import { FieldFrame } from '../FieldFrame'

type Props = { values: AssetFormValues; error: (field: string) => string | undefined; financeable: FinanceableAsset[] }

/**
 * A debt's loan details in the asset form: the investor's own asset it
 * financed, its mensualité and end date. Shown by CSS when a debt category is
 * chosen (no JavaScript needed), and open when one of them has an error.
 */
export function LoanFields({ values, error, financeable }: Props) {
  const t = useT()
  const open = Boolean(error('financedAsset') || error('monthlyPayment') || error('endsAt'))
  return (
    <fieldset className="loan-fields" data-open={open || undefined} data-testid="loan-fields">
      <legend>{t('loans.form.legend')}</legend>
      <FieldFrame name="financedAsset" label={t('loans.form.financedAsset')} hint={t('loans.form.financedAssetHint')} error={error('financedAsset')}>
        {(control) => (
          <select {...control} name="financedAsset" className="input" defaultValue={values.financedAsset}>
            <option value="">{t('loans.form.financedAssetNone')}</option>
            {financeable.map((asset) => <option key={asset.id} value={asset.id}>{asset.label}</option>)}
          </select>
        )}
      </FieldFrame>
      <div className="form-row">
        <Field name="monthlyPayment" label={t('loans.form.monthlyPayment')} hint={t('loans.form.monthlyPaymentHint')} inputMode="decimal"
          defaultValue={values.monthlyPayment} error={error('monthlyPayment')} />
        <Field name="endsAt" type="date" label={t('loans.form.endsAt')} hint={t('loans.form.endsAtHint')}
          defaultValue={values.endsAt} error={error('endsAt')} />
      </div>
    </fieldset>
  )
}
