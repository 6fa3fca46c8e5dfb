import { isListedCategory } from '@atlas/shared/prices/quotedHolding'
import type { AssetFormValues } from '../lib/assetForm'
import { useT } from '../lib/translation'
import { Field } from './Field'

type Props = { values: AssetFormValues; error: (field: string) => string | undefined }

/**
 * The optional listed security of a PEA, PEA-PME or compte-titres line
 * (ISIN or ticker, number of shares): with both, the cms values the line
 * from the price. Shown by CSS when one of those categories is chosen, so
 * it works without JavaScript, like the crypto details.
 */
export function ListedSecurityFields({ values, error }: Props) {
  const t = useT()
  const open = isListedCategory(values.category) || Boolean(error('listedSymbol') || error('listedQuantity'))
  return (
    <fieldset className="listed-fields" data-open={open || undefined} data-testid="listed-fields">
      <legend>{t('patrimony.form.listedLegend')}</legend>
      <p className="quote-hint">{t('patrimony.form.quotedHint')}</p>
      <div className="form-row">
        <Field name="listedSymbol" label={t('patrimony.form.listedSymbol')} placeholder="CW8" maxLength={12}
          autoCapitalize="characters" defaultValue={values.listedSymbol} error={error('listedSymbol')} />
        <Field name="listedQuantity" label={t('patrimony.form.listedQuantity')} inputMode="decimal"
          defaultValue={values.listedQuantity} error={error('listedQuantity')} />
      </div>
    </fieldset>
  )
}

/** The same explanation for crypto, inside its fieldset. */
export function QuotedValueHint() {
  const t = useT()
  return <p className="quote-hint">{t('patrimony.form.quotedHint')}</p>
}
