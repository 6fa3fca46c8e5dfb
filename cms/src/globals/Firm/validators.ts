import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'
import { isEmailAddress, isFrenchPostcode, isOrias, isSiren } from '@atlas/shared/firm'
import { isFrenchVatNumber } from '@atlas/shared/billing/vatNumber'
import { translate, type MessageKey } from '@atlas/shared/i18n'
import { requestLocale } from '../../i18n/requestLocale'

/** Payload's own text checks (required, length) first, then the identifier's rule, worded in the editor's language. */
const textRule =
  (rule: (value: string) => boolean, message: MessageKey): TextFieldSingleValidation =>
  (value, options) => {
    const base = text(value, options)
    if (base !== true || value == null || value === '') return base
    return (typeof value === 'string' && rule(value)) || translate(requestLocale(options.req), message)
  }

export const sirenValid = textRule(isSiren, 'errors.firm.siren')
export const oriasValid = textRule(isOrias, 'errors.firm.orias')
export const emailValid = textRule(isEmailAddress, 'errors.firm.email')
export const postcodeValid = textRule(isFrenchPostcode, 'errors.firm.postcode')
export const urlValid = textRule((value) => /^https?:\/\/[^\s]+$/.test(value), 'errors.firm.url')
export const vatNumberValid = textRule(isFrenchVatNumber, 'errors.firm.vatNumber')
