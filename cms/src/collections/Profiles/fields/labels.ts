import { translate } from '@atlas/shared/i18n'
import { OPTION_LISTS, optionLabelKey, type OptionList } from '@atlas/shared/profile/questionnaire/options'
import { PRODUCT_CLASSES, PRODUCT_CLASS_LABELS } from '@atlas/shared/profile/productClasses'

/** A field label in both admin languages, from the shared catalogue. */
export const bilingual = (key: string) => ({ fr: translate('fr', key), en: translate('en', key) })

/** Select options of a shared list, labelled in both languages. */
export const optionsOf = (list: Exclude<OptionList, 'volatilityComfort'>) =>
  (OPTION_LISTS[list] as readonly string[]).map((value) => ({ value, label: bilingual(optionLabelKey(list, value)) }))

export const productClassOptions = PRODUCT_CLASSES.map((value) => ({ value, label: PRODUCT_CLASS_LABELS[value].label }))
