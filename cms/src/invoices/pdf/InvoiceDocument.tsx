// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Document, Image, Page, Text, View } from '@react-pdf/renderer'
import type { Invoice } from '@atlas/shared/payload-types'
import type { Locale } from '@atlas/shared/i18n'
import { pdfText } from './pdfText'
import { styles } from './styles'
import { LinesTable, RatesTable, TotalsBox } from './InvoiceTables'

export type InvoicePdfProps = {
  invoice: Invoice
  /** For a credit note: the invoice it credits. */
  credited?: { number: string; issuedAt: string } | null
  /** PNG or JPEG bytes of the firm's logo, when it has one. */
  logo?: Buffer | null
  locale?: Locale
}

/**
 * An invoice or credit note with every mention French law asks
 * (docs/decisions/035-invoices.md): seller identity, buyer, number and issue
 * date, lines (HT unit price, quantity, VAT rate and amount), totals by rate
 * and HT / TVA / TTC, payment date and method; the penalty clause and the
 * 40 € indemnity for business buyers; art. 293 B under the franchise.
 */
export function InvoiceDocument({ invoice, credited, logo, locale = 'fr' }: InvoicePdfProps) {
  const f = pdfText(locale)
  const seller = invoice.seller ?? {}
  const buyer = invoice.buyer ?? {}
  const creditNote = invoice.kind === 'credit-note'
  const title = f.t(creditNote ? 'invoice.title.credit-note' : 'invoice.title.invoice')
  return (
    <Document title={`${title} ${invoice.number ?? ''}`} author={seller.legalName ?? ''} creator="Atlas" producer="Atlas" language={locale} creationDate={invoice.issuedAt ? new Date(invoice.issuedAt) : undefined}>
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <View>{logo ? <Image src={logo} style={styles.logo} /> : <Text style={styles.brand}>{seller.legalName}</Text>}</View>
          <View style={styles.titleBlock}>
            <Text style={styles.title}>{title.toUpperCase()}</Text>
            <Text style={styles.number}>{f.t('invoice.number', { number: invoice.number ?? '' })}</Text>
            <Text>{f.t('invoice.issuedAt', { date: f.date(invoice.issuedAt) })}</Text>
          </View>
        </View>

        <View style={styles.parties}>
          <View style={styles.party}>
            <Text style={styles.partyLabel}>{f.t('invoice.seller')}</Text>
            <Text style={styles.strong}>{seller.legalName}</Text>
            <Text>{f.t('invoice.capital', { legalForm: seller.legalForm ?? '', capital: f.eur(seller.capitalCents) })}</Text>
            <Text>{seller.street}</Text>
            <Text>{`${seller.postcode ?? ''} ${seller.city ?? ''}`}</Text>
            <Text>{f.t('invoice.registration', { siren: f.siren(seller.siren), city: seller.rcsCity ?? '' })}</Text>
            {seller.vatNumber ? <Text>{f.t('invoice.vatNumber', { number: seller.vatNumber })}</Text> : null}
            {seller.email ? <Text>{seller.email}</Text> : null}
          </View>
          <View style={styles.party}>
            <Text style={styles.partyLabel}>{f.t('invoice.buyer')}</Text>
            {buyer.isBusiness && buyer.companyName ? <Text style={styles.strong}>{buyer.companyName}</Text> : null}
            <Text style={buyer.isBusiness && buyer.companyName ? {} : styles.strong}>{buyer.name}</Text>
            <Text>{buyer.street}</Text>
            <Text>{[buyer.postcode, buyer.city].filter(Boolean).join(' ')}</Text>
            {buyer.country ? <Text>{buyer.country}</Text> : null}
            {buyer.isBusiness && buyer.vatNumber ? <Text>{f.t('invoice.vatNumber', { number: buyer.vatNumber })}</Text> : null}
          </View>
        </View>

        {creditNote && credited ? (
          <View style={styles.notice}>
            <Text style={styles.strong}>{f.t('invoice.creditOf', { number: credited.number, date: f.date(credited.issuedAt) })}</Text>
            {invoice.note ? <Text>{invoice.note}</Text> : null}
            <Text>{f.t('invoice.creditSign')}</Text>
          </View>
        ) : null}

        <LinesTable lines={invoice.lines ?? []} f={f} />
        <View style={styles.summary}>
          <RatesTable rates={invoice.vatBreakdown ?? []} f={f} />
          <TotalsBox invoice={invoice} f={f} />
        </View>

        <View style={styles.mentions}>
          <Text>
            {invoice.paidAt
              ? f.t(creditNote ? 'invoice.refunded' : 'invoice.paid', { date: f.date(invoice.paidAt), method: invoice.paymentMethod ?? '' })
              : f.t('invoice.due')}
          </Text>
          {seller.vatFranchise ? <Text style={styles.strong}>{f.t('invoice.franchise')}</Text> : null}
          {buyer.isBusiness ? <Text>{f.t('invoice.penalties', { rate: seller.latePaymentPenalty || f.t('invoice.penalties.default') })}</Text> : null}
        </View>

        <View style={styles.footer} fixed>
          <Text>{`${seller.legalName ?? ''} — ${seller.street ?? ''}, ${seller.postcode ?? ''} ${seller.city ?? ''} — SIREN ${f.siren(seller.siren)}`}</Text>
          <Text render={({ pageNumber, totalPages }) => f.t('invoice.page', { page: String(pageNumber), total: String(totalPages) })} fixed />
        </View>
      </Page>
    </Document>
  )
}
