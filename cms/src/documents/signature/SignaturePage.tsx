// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Page, Text, View } from '@react-pdf/renderer'
import type { Locale } from '@atlas/shared/i18n'
import { formatDateTimeParis } from '@atlas/shared/finance/dateTime'
import type { SignatureEvidence } from '@atlas/shared/documents/kinds'
import { pdfText } from '../../invoices/pdf/pdfText'
import { BrandedPage, DocumentFrame } from '../pdf/DocumentFrame'
import type { Branding } from '../pdf/firmBranding'
import { colours, docStyles } from '../pdf/styles'

export type SignaturePageProps = {
  branding: Branding
  locale: Locale
  document: { title: string; version: number; pageCount: number }
  evidence: Omit<SignatureEvidence, 'signedCopySha256'>
}

const line = { flexDirection: 'row' as const, borderBottomWidth: 0.5, borderBottomColor: colours.line, paddingVertical: 4 }
const label = { width: 170, paddingRight: 8, fontFamily: 'Helvetica-Bold', color: colours.muted, fontSize: 8.5 }
const value = { flex: 1 }

/** One row of the evidence table. */
function Row({ name, children }: { name: string; children: string }) {
  return (
    <View style={line} wrap={false}>
      <Text style={label}>{name}</Text>
      <Text style={value}>{children}</Text>
    </View>
  )
}

/**
 * The signature page appended to a signed document: what was signed (title,
 * version, its SHA-256), by whom, when (Paris time), how it was confirmed,
 * from where (IP, browser), and the statement the signer accepted.
 * A document of `pageCount` blank pages and then this one, so its footer
 * reads "Page n+1 / n+1" — the blank pages are dropped when it is appended
 * (signedCopy.ts), only the last is kept.
 */
export function SignatureDocument({ branding, locale, document, evidence }: SignaturePageProps) {
  const f = pdfText(locale)
  const blanks = Array.from({ length: document.pageCount }, (_, index) => <Page key={index} size="A4" />)
  return (
    <DocumentFrame branding={branding} title={document.title} locale={locale} createdAt={new Date(evidence.signedAt)}>
      {blanks}
      <BrandedPage branding={branding} title={document.title} locale={locale}>
        <Text style={docStyles.h1}>{f.t('documents.sign.page.title')}</Text>
        <Text style={docStyles.paragraph}>
          {f.t('documents.sign.page.intro', { title: document.title, version: String(document.version), pages: String(document.pageCount) })}
        </Text>
        <View style={docStyles.table}>
          <Row name={f.t('documents.sign.page.document')}>{document.title}</Row>
          <Row name={f.t('documents.sign.page.version')}>{String(document.version)}</Row>
          <Row name={f.t('documents.sign.evidence.signer')}>{evidence.signerName}</Row>
          <Row name={f.t('documents.sign.evidence.signedAt')}>{formatDateTimeParis(new Date(evidence.signedAt), locale)}</Row>
          <Row name={f.t('documents.sign.evidence.method')}>{f.t(`documents.sign.evidence.method.${evidence.method}`)}</Row>
          <Row name={f.t('documents.sign.evidence.ip')}>{evidence.ip}</Row>
          <Row name={f.t('documents.sign.evidence.userAgent')}>{evidence.userAgent || '—'}</Row>
          <Row name={f.t('documents.sign.evidence.signedSha256')}>{evidence.signedSha256}</Row>
        </View>
        <Text style={docStyles.h2}>{f.t('documents.sign.page.consent')}</Text>
        <View style={docStyles.notice}>
          <Text>{f.t('documents.sign.consent')}</Text>
        </View>
        <Text style={[docStyles.paragraph, docStyles.muted]}>{f.t('documents.sign.page.integrity')}</Text>
      </BrandedPage>
    </DocumentFrame>
  )
}
