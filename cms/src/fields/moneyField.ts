import type { NumberField, NumberFieldSingleValidation } from 'payload'
import { MAX_MONEY_CENTS, moneyProblem } from '@atlas/shared/finance'
import { translate } from '@atlas/shared/i18n'
import { requestLocale } from '../i18n/requestLocale'

type MoneyFieldOptions = Omit<NumberField, 'type' | 'min' | 'max' | 'validate' | 'hasMany' | 'maxRows' | 'minRows'> & {
  label: { fr: string; en: string }
  /** Bounds in cents; 0 and ten billion euros unless said. */
  min?: number
  max?: number
  /** The name of a top-level field that is set when the cms computes this amount: the admin input is read-only then. */
  computedWhenSet?: string
}

/** The path of the admin components every money field uses (registered in the import map). */
export const MONEY_FIELD_COMPONENT = '/admin/components/money/MoneyInput#MoneyInput'
export const MONEY_CELL_COMPONENT = '/admin/components/money/MoneyCell#MoneyCell'

/**
 * An amount of money: stored as integer euro cents, entered and shown in the
 * admin as euros with cents ("250 000,00 €") — docs/decisions/028-money-in-the-admin.md.
 * The input sends cents when the text reads as euros and the text itself when
 * not, so the refusal comes from here, localized, at the field.
 */
export const moneyField = ({ min = 0, max = MAX_MONEY_CENTS, admin, computedWhenSet, ...field }: MoneyFieldOptions): NumberField => {
  const validate: NumberFieldSingleValidation = (value, { req, required }) => {
    if (required && (value === null || value === undefined || (value as unknown) === '')) {
      return translate(requestLocale(req), 'errors.required')
    }
    return moneyProblem(value, { min, max }, requestLocale(req)) ?? true
  }
  return {
    ...field,
    type: 'number',
    min,
    max,
    validate,
    admin: {
      ...admin,
      ...(computedWhenSet ? { custom: { ...admin?.custom, computedWhenSet } } : {}),
      components: {
        ...admin?.components,
        Field: MONEY_FIELD_COMPONENT,
        Cell: MONEY_CELL_COMPONENT,
      },
    },
  } as NumberField
}
