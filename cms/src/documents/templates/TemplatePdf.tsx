// React in scope: vitest compiles this JSX with the classic runtime (Next uses the automatic one).
import React from 'react'
import { Text, View } from '@react-pdf/renderer'
import { substitute, type PlaceholderName } from '@atlas/shared/documents/placeholders'
import type { Locale } from '@atlas/shared/i18n'
import type { DocumentTemplate } from '@atlas/shared/payload-types'
import { pdfText } from '../../invoices/pdf/pdfText'
import { BrandedPage, CoverPage, DocumentFrame } from '../pdf/DocumentFrame'
import type { Branding } from '../pdf/firmBranding'
import { colours, docStyles } from '../pdf/styles'
import { LexicalPdf } from '../richText/lexicalToPdf'

type Props = {
  branding: Branding
  template: DocumentTemplate
  values: Record<PlaceholderName, string>
  locale: Locale
  date: Date
  /** The lettre de mission opens with the frame's cover; the DER, a short notice, starts on its first page (decision 041). */
  cover: boolean
}

const styles = {
  titleBlock: { marginBottom: 14, paddingBottom: 8, borderBottomWidth: 0.5, borderBottomColor: colours.line },
  closing: { marginTop: 18 },
  signatures: { flexDirection: 'row' as const, gap: 16, marginTop: 10 },
  party: { flex: 1, borderWidth: 0.5, borderColor: colours.line, borderRadius: 3, padding: 8, minHeight: 90 },
  partyLabel: { fontSize: 8, fontFamily: 'Helvetica-Bold', color: colours.muted, textTransform: 'uppercase' as const, marginBottom: 3 },
  hint: { fontSize: 7.5, color: colours.muted, marginTop: 24 },
  provenance: { fontSize: 7, color: colours.muted, marginTop: 14 },
}

/** "Fait à Paris, le 4 décembre 2026.", what the client declares, and a box per party (the client signs in the portal). */
function Closing({ branding, template, values, locale }: Omit<Props, 'cover' | 'date'>) {
  const f = pdfText(locale)
  const declaration = template.kind === 'der' ? f.t('documents.templates.closing.derReceipt') : f.t('documents.templates.closing.missionAgreed')
  return (
    <View style={styles.closing} wrap={false}>
      <Text style={docStyles.paragraph}>{declaration}</Text>
      <Text style={docStyles.paragraph}>{f.t('documents.templates.closing.madeAt', { city: values.lieu, date: values.date })}</Text>
      <View style={styles.signatures}>
        <View style={styles.party}>
          <Text style={styles.partyLabel}>{f.t('documents.templates.closing.firm')}</Text>
          <Text>{values['cabinet.raison_sociale']}</Text>
          <Text style={docStyles.muted}>{values['conseiller.nom']}</Text>
        </View>
        <View style={styles.party}>
          <Text style={styles.partyLabel}>{f.t('documents.templates.closing.client')}</Text>
          <Text>{branding.investor.name}</Text>
          <Text style={styles.hint}>{f.t('documents.templates.closing.signHere')}</Text>
        </View>
      </View>
      <Text style={styles.provenance}>
        {f.t('documents.templates.provenance', { title: template.title, version: String(template.version ?? 0), date: f.date(template.publishedAt) })}
      </Text>
    </View>
  )
}

/** A DER or lettre de mission: the template's text with its merge fields filled, then the closing block. */
export function TemplatePdf({ branding, template, values, locale, date, cover }: Props) {
  const f = pdfText(locale)
  const common = { branding, title: template.title, locale }
  const fill = (text: string) => substitute(text, values)
  return (
    <DocumentFrame {...common} createdAt={date}>
      {cover ? <CoverPage {...common} date={date} /> : null}
      <BrandedPage {...common}>
        {cover ? null : (
          <View style={styles.titleBlock}>
            <Text style={docStyles.h1}>{template.title}</Text>
            <Text style={docStyles.muted}>
              {`${f.t('documents.pdf.cover.client')} : ${branding.investor.name} — ${f.t('documents.pdf.cover.date')} ${values.date}`}
            </Text>
          </View>
        )}
        <LexicalPdf state={template.body} locale={locale} substitute={fill} />
        <Closing branding={branding} template={template} values={values} locale={locale} />
      </BrandedPage>
    </DocumentFrame>
  )
}
