import { formatDateParis } from '../../finance/dates'
import { formatEur } from '../../finance/money'
import { translate, type Locale } from '../../i18n'
import type { FieldSpec } from './formSpec'
import { optionLabelKey } from './options'

/**
 * One answer as a reader sees it, in `locale`: money in euros, dates in
 * Paris, option values by their label, "Non renseigné" when unanswered.
 * Shared by the investor's summary (web) and the advisor's client page (cms).
 */
export function answerText(field: FieldSpec, value: unknown, locale: Locale): string {
  const t = (key: string) => translate(locale, key)
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('profile.unanswered')
  }
  switch (field.kind) {
    case 'money':
      return typeof value === 'number' ? formatEur(value, locale) : String(value)
    case 'percent':
      return `${value} %`
    case 'yesno':
      return t(value === true ? 'questionnaire.yes' : 'questionnaire.no')
    case 'date':
      return typeof value === 'string' ? formatDateParis(new Date(`${value}T12:00:00Z`), locale) : String(value)
    case 'country':
      return new Intl.DisplayNames([locale], { type: 'region' }).of(String(value)) ?? String(value)
    case 'select':
    case 'radio':
    case 'checkboxes':
      return (Array.isArray(value) ? value : [value]).map((option) => t(optionLabelKey(field.list!, option as string))).join(', ')
    default:
      return String(value)
  }
}
