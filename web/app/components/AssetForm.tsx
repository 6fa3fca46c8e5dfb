import { Form, Link } from 'react-router'
import { ASSET_CATEGORIES, LIABILITY_CATEGORIES, categoryLabel } from '@atlas/shared/patrimony/categories'
import { OWNERSHIPS } from '@atlas/shared/patrimony/assetRules'
import type { AssetFormValues } from '../lib/assetForm'
import { useLocale, useT } from '../lib/translation'
import { Field } from './Field'
import { ListedSecurityFields, QuotedValueHint } from './ListedSecurityFields'
import { SubmitButton } from './SubmitButton'
import { LoanFields } from './patrimony/LoanFields'
import type { FinanceableAsset } from '../lib/financeableAssets'

type Props = { values: AssetFormValues; errors: Record<string, string>; financeable?: FinanceableAsset[] }

function SelectField({
  name, label, error, children, defaultValue,
}: { name: string; label: string; error?: string; children: React.ReactNode; defaultValue: string }) {
  const id = `field-${name}`
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">{label}</label>
      <select
        id={id}
        name={name}
        className="input"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {children}
      </select>
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </div>
  )
}

/**
 * Add or edit an asset or a debt. Works without JavaScript: the crypto
 * details are shown by CSS when the crypto category is chosen, amounts are
 * typed in euros and checked on the server.
 */
export function AssetForm({ values, errors, financeable = [] }: Props) {
  const t = useT()
  const locale = useLocale()
  const error = (field: string) => (errors[field] ? t(errors[field]) : undefined)
  const cryptoOpen = Boolean(errors.cryptoSymbol || errors.cryptoQuantity || values.category === 'crypto')
  return (
    <Form method="post" noValidate className="form asset-form" data-testid="asset-form">
      <SelectField name="category" label={t('patrimony.form.category')} error={error('category')} defaultValue={values.category}>
        <option value="">—</option>
        <optgroup label={t('patrimony.form.assetGroup')}>
          {ASSET_CATEGORIES.map((key) => <option key={key} value={key}>{categoryLabel(key).label[locale]}</option>)}
        </optgroup>
        <optgroup label={t('patrimony.form.liabilityGroup')}>
          {LIABILITY_CATEGORIES.map((key) => <option key={key} value={key}>{categoryLabel(key).label[locale]}</option>)}
        </optgroup>
      </SelectField>
      <Field name="label" label={t('patrimony.form.label')} hint={t('patrimony.form.labelHint')} required maxLength={120}
        defaultValue={values.label} error={error('label')} />
      <Field name="institution" label={t('patrimony.form.institution')} maxLength={120}
        defaultValue={values.institution} error={error('institution')} />
      <Field name="value" label={t('patrimony.form.value')} hint={t('patrimony.form.valueHint')} inputMode="decimal" required
        defaultValue={values.value} error={error('value')} />
      <Field name="contributions" label={t('patrimony.form.contributions')} hint={t('patrimony.form.contributionsHint')}
        inputMode="decimal" defaultValue={values.contributions} error={error('contributions')} />
      <Field name="openedAt" type="date" label={t('patrimony.form.openedAt')} hint={t('patrimony.form.openedAtHint')}
        defaultValue={values.openedAt} error={error('openedAt')} />
      <div className="form-row">
        <SelectField name="ownership" label={t('patrimony.form.ownership')} error={error('ownership')} defaultValue={values.ownership}>
          {OWNERSHIPS.map((key) => <option key={key} value={key}>{t(`ownership.${key}`)}</option>)}
        </SelectField>
        <Field name="sharePct" label={t('patrimony.form.sharePct')} hint={t('patrimony.form.sharePctHint')} inputMode="decimal"
          defaultValue={values.sharePct} error={error('sharePct')} />
      </div>
      <fieldset className="crypto-fields" data-open={cryptoOpen || undefined}>
        <legend>{t('patrimony.form.cryptoLegend')}</legend>
        <QuotedValueHint />
        <div className="form-row">
          <Field name="cryptoSymbol" label={t('patrimony.form.cryptoSymbol')} placeholder="BTC" maxLength={10}
            autoCapitalize="characters" defaultValue={values.cryptoSymbol} error={error('cryptoSymbol')} />
          <Field name="cryptoQuantity" label={t('patrimony.form.cryptoQuantity')} inputMode="decimal"
            defaultValue={values.cryptoQuantity} error={error('cryptoQuantity')} />
        </div>
      </fieldset>
      <LoanFields values={values} error={error} financeable={financeable} />
      <ListedSecurityFields values={values} error={error} />
      <div className="form-actions">
        <SubmitButton>{t('patrimony.form.save')}</SubmitButton>
        <Link to="/portail/patrimoine" className="button button-secondary">{t('patrimony.form.cancel')}</Link>
      </div>
    </Form>
  )
}
