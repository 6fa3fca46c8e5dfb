import { Field } from '../Field'
import { FieldFrame } from '../FieldFrame'
import { useT } from '../../lib/translation'

/** What the demo checkout types back after a refusal. */
export type BillingAddressValues = { name: string; line1: string; line2: string; postalCode: string; city: string; country: string }
export const EMPTY_BILLING_ADDRESS: BillingAddressValues = { name: '', line1: '', line2: '', postalCode: '', city: '', country: 'FR' }

/** The countries offered (ISO 3166 alpha-2); the cms accepts any two-letter code. */
const COUNTRIES = ['FR', 'BE', 'LU', 'CH', 'MC', 'DE', 'ES', 'IT', 'GB', 'US'] as const

/**
 * The buyer's billing address, as Stripe Checkout asks it (with autocomplete
 * hints); `errors` are message keys or cms messages, by field name.
 */
export function BillingAddressFields({ values, errors }: { values: BillingAddressValues; errors: Record<string, string> }) {
  const t = useT()
  const error = (field: keyof BillingAddressValues) => (errors[field] ? t(errors[field]) : undefined)
  return (
    <fieldset className="billing-address" data-testid="billing-address">
      <legend className="field-label">{t('billingAddress.legend')}</legend>
      <p className="field-hint">{t('billingAddress.hint')}</p>
      <Field name="name" label={t('billingAddress.name')} hint={t('billingAddress.nameHint')} autoComplete="billing name" defaultValue={values.name} maxLength={200} error={error('name')} />
      <Field name="line1" label={t('billingAddress.line1')} autoComplete="billing address-line1" defaultValue={values.line1} maxLength={200} aria-required="true" error={error('line1')} />
      <Field name="line2" label={t('billingAddress.line2')} autoComplete="billing address-line2" defaultValue={values.line2} maxLength={200} error={error('line2')} />
      <div className="billing-address-city">
        <Field name="postalCode" label={t('billingAddress.postalCode')} autoComplete="billing postal-code" defaultValue={values.postalCode} maxLength={12} aria-required="true" error={error('postalCode')} />
        <Field name="city" label={t('billingAddress.city')} autoComplete="billing address-level2" defaultValue={values.city} maxLength={100} aria-required="true" error={error('city')} />
      </div>
      <FieldFrame name="country" label={t('billingAddress.country')} error={error('country')}>
        {(control) => (
          <select {...control} name="country" className="input" autoComplete="billing country" defaultValue={values.country}>
            {COUNTRIES.map((code) => (
              <option key={code} value={code}>{t(`billingAddress.country${code}`)}</option>
            ))}
          </select>
        )}
      </FieldFrame>
    </fieldset>
  )
}
