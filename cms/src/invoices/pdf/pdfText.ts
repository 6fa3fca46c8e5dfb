import { formatEur, formatDateParis } from '@atlas/shared/finance'
import { formatVatRate } from '@atlas/shared/billing/vat'
import { formatSiren } from '@atlas/shared/firm'
import { translate, type Locale, type MessageKey } from '@atlas/shared/i18n'

/**
 * The PDF's words and figures, in the shared formats ("1 234,56 €",
 * "4 décembre 2026", "20 %"). The PDF's built-in Helvetica has no narrow
 * no-break space (U+202F, fr-FR's thousands separator): it becomes a
 * no-break space, which it has.
 */
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0')

export const pdfText = (locale: Locale) => ({
  t: (key: MessageKey, params?: Record<string, string>) => printable(translate(locale, key, params)),
  eur: (cents: number | null | undefined) => printable(formatEur(cents ?? 0, locale)),
  date: (iso: string | null | undefined) => (iso ? formatDateParis(new Date(iso), locale) : ''),
  rate: (bps: number | null | undefined) => printable(formatVatRate(bps ?? 0, locale)),
  siren: (value: string | null | undefined) => formatSiren(value ?? ''),
})
export type PdfText = ReturnType<typeof pdfText>
