// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React, { type ReactNode } from 'react'
import { Document, Image, Page, Text, View } from '@react-pdf/renderer'
import type { Locale } from '@atlas/shared/i18n'
import { pdfText } from '../../invoices/pdf/pdfText'
import type { Branding } from './firmBranding'
import { docStyles } from './styles'

/** "Atlas Patrimoine, SAS au capital de 10 000 € — RCS Paris 123 456 789 — ORIAS n° 12345678 (www.orias.fr)". */
export function legalLine(branding: Branding, locale: Locale): string {
  const f = pdfText(locale)
  const firm = branding.firm
  if (!firm) return f.t('documents.pdf.firmMissing')
  return f.t('documents.pdf.legalLine', {
    legalName: firm.legalName,
    legalForm: firm.legalForm,
    capital: f.eur(firm.capitalCents),
    city: firm.rcsCity,
    siren: f.siren(firm.siren),
    orias: firm.orias?.number ?? '',
  })
}

export const firmName = (branding: Branding): string => branding.firm?.legalName ?? 'Atlas'

type FrameProps = { branding: Branding; title: string; locale: Locale; children?: ReactNode; createdAt?: Date }

/** The PDF document itself, with its metadata (title, author = the firm, language). */
export function DocumentFrame({ branding, title, locale, children, createdAt }: FrameProps) {
  return (
    <Document title={`${title} — ${branding.investor.name}`} author={firmName(branding)} creator="Atlas" producer="Atlas" language={locale} creationDate={createdAt}>
      {children}
    </Document>
  )
}

type PageProps = { branding: Branding; title: string; locale: Locale; children?: ReactNode }

/** An A4 page with the firm's header (logo or name, document title) and footer (legal line, ORIAS, "Page x / y"). */
export function BrandedPage({ branding, title, locale, children }: PageProps) {
  const f = pdfText(locale)
  return (
    <Page size="A4" style={docStyles.page} wrap>
      <View style={docStyles.header} fixed>
        {branding.logo ? <Image src={branding.logo} style={docStyles.headerLogo} /> : <Text style={docStyles.headerFirm}>{firmName(branding)}</Text>}
        <Text style={docStyles.headerTitle}>{`${title} — ${branding.investor.name}`}</Text>
      </View>
      {children}
      <View style={docStyles.footer} fixed>
        <Text style={docStyles.footerLegal}>{legalLine(branding, locale)}</Text>
        <Text render={({ pageNumber, totalPages }) => f.t('documents.pdf.page', { page: String(pageNumber), total: String(totalPages) })} />
      </View>
    </Page>
  )
}

type CoverProps = { branding: Branding; title: string; subtitle?: string; date: Date; locale: Locale }

/** The cover: logo (or firm name), title, the client, the advisor, the date, the firm's registration. */
export function CoverPage({ branding, title, subtitle, date, locale }: CoverProps) {
  const f = pdfText(locale)
  const firm = branding.firm
  return (
    <Page size="A4" style={docStyles.cover}>
      {branding.logo ? <Image src={branding.logo} style={docStyles.coverLogo} /> : null}
      <Text style={docStyles.coverFirm}>{firmName(branding)}</Text>
      <Text style={docStyles.coverTitle}>{title}</Text>
      {subtitle ? <Text style={docStyles.coverSubtitle}>{subtitle}</Text> : <View style={{ marginBottom: 60 }} />}
      <View style={docStyles.coverBlock}>
        <Text style={docStyles.coverLabel}>{f.t('documents.pdf.cover.client')}</Text>
        <Text style={docStyles.coverValue}>{branding.investor.name}</Text>
      </View>
      <View style={docStyles.coverBlock}>
        <Text style={docStyles.coverLabel}>{f.t('documents.pdf.cover.advisor')}</Text>
        <Text style={docStyles.coverValue}>{branding.advisor ? branding.advisor.name : f.t('documents.pdf.cover.noAdvisor')}</Text>
        {branding.advisor ? <Text style={docStyles.muted}>{branding.advisor.email}</Text> : null}
      </View>
      <View style={docStyles.coverBlock}>
        <Text style={docStyles.coverLabel}>{f.t('documents.pdf.cover.date')}</Text>
        <Text style={docStyles.coverValue}>{f.date(date.toISOString())}</Text>
      </View>
      <View style={docStyles.coverLegal}>
        <Text>{legalLine(branding, locale)}</Text>
        {firm ? (
          <Text>
            {f.t('documents.pdf.cover.address', { street: firm.address?.street ?? '', postcode: firm.address?.postcode ?? '', city: firm.address?.city ?? '', email: firm.email ?? '' })}
          </Text>
        ) : null}
        {firm?.cifAssociation ? <Text>{f.t('documents.pdf.cover.cif', { association: firm.cifAssociation })}</Text> : null}
      </View>
    </Page>
  )
}
