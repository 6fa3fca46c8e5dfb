import { compactEur } from '@atlas/shared/finance/chartLabels'
import type { Locale, MessageKey } from '@atlas/shared/i18n'
import { pdfText } from '../../invoices/pdf/pdfText'

/**
 * The PDF's Helvetica (WinAnsi) has neither U+202F (fr-FR's thousands and "%"
 * separator) nor U+2212 (the minus sign of compactEur): a no-break space and
 * an en dash instead.
 */
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0').replace(/\u2212/g, '–')

const PERCENT: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
}
const RATE: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 2 }),
}
const DECIMAL: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
}

/** The bilan's words and figures: the invoices' PDF formats, plus percentages, decimals, compact amounts and any key. */
export const bilanText = (locale: Locale) => {
  const f = pdfText(locale)
  return {
    ...f,
    locale,
    /** A key built at run time (an option of the questionnaire, a category…). */
    key: (key: string, params?: Record<string, string>) => f.t(key as MessageKey, params),
    pct: (ratio: number) => printable(PERCENT[locale].format(ratio)),
    /** A rate in basis points as the law writes it: 50 → "0,5 %", 125 → "1,25 %". */
    bp: (basisPoints: number) => printable(RATE[locale].format(basisPoints / 10_000)),
    decimal: (value: number) => printable(DECIMAL[locale].format(value)),
    compact: (cents: number) => printable(compactEur(cents, locale)),
    /** 'YYYY-MM-DD' → "4 décembre 2026". */
    day: (day: string) => f.date(`${day}T12:00:00Z`),
  }
}
export type BilanText = ReturnType<typeof bilanText>
