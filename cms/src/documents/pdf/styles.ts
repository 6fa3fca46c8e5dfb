import { StyleSheet } from '@react-pdf/renderer'

/** The client documents' palette and type (A4, Helvetica: the PDF's built-in fonts, nothing to embed). */
export const colours = {
  ink: '#1f2a37',
  muted: '#5b6675',
  line: '#d5dbe3',
  accent: '#1d4e89',
  accentSoft: '#eef3f9',
  warning: '#9a3412',
  warningSoft: '#fff4e5',
  ok: '#166534',
  /** Series colours for charts, in order (the portal's chart theme, shared/src/finance/chartTheme.ts, for the same families). */
  series: ['#1d4e89', '#2f855a', '#b7791f', '#6b46c1', '#c53030', '#2c7a7b', '#718096', '#d53f8c'],
} as const

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89, margin: 40 } as const

export const docStyles = StyleSheet.create({
  page: { paddingTop: 64, paddingBottom: 60, paddingHorizontal: A4.margin, fontSize: 9.5, fontFamily: 'Helvetica', color: colours.ink, lineHeight: 1.4 },
  header: { position: 'absolute', top: 20, left: A4.margin, width: A4.width - 2 * A4.margin, flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', borderBottomWidth: 0.5, borderBottomColor: colours.line, paddingBottom: 6 },
  headerLogo: { height: 22, width: 90, objectFit: 'contain' },
  headerFirm: { fontSize: 10, fontFamily: 'Helvetica-Bold', color: colours.accent },
  headerTitle: { fontSize: 8, color: colours.muted },
  // The footer sits in the bottom margin with `top` (a `bottom` offset drops it in react-pdf 4).
  footer: { position: 'absolute', top: 806, left: A4.margin, width: A4.width - 2 * A4.margin, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7, color: colours.muted, borderTopWidth: 0.5, borderTopColor: colours.line, paddingTop: 6 },
  footerLegal: { maxWidth: 420 },
  cover: { paddingTop: 120, paddingBottom: 30, paddingHorizontal: 60, fontFamily: 'Helvetica', color: colours.ink },
  coverLogo: { height: 60, width: 200, objectFit: 'contain', marginBottom: 40 },
  coverFirm: { fontSize: 18, fontFamily: 'Helvetica-Bold', color: colours.accent, marginBottom: 40 },
  coverTitle: { fontSize: 28, lineHeight: 1.2, fontFamily: 'Helvetica-Bold', color: colours.accent, marginBottom: 8 },
  coverSubtitle: { fontSize: 13, color: colours.muted, marginBottom: 60 },
  coverBlock: { borderLeftWidth: 3, borderLeftColor: colours.accent, paddingLeft: 12, marginBottom: 18 },
  coverLabel: { fontSize: 8, fontFamily: 'Helvetica-Bold', color: colours.muted, textTransform: 'uppercase', marginBottom: 3 },
  coverValue: { fontSize: 11 },
  coverLegal: { position: 'absolute', top: 730, left: 60, width: A4.width - 120, fontSize: 7.5, color: colours.muted, lineHeight: 1.4 },
  h1: { fontSize: 16, fontFamily: 'Helvetica-Bold', color: colours.accent, marginBottom: 10 },
  h2: { fontSize: 12, fontFamily: 'Helvetica-Bold', color: colours.accent, marginTop: 12, marginBottom: 6 },
  h3: { fontSize: 10, fontFamily: 'Helvetica-Bold', marginTop: 8, marginBottom: 4 },
  paragraph: { marginBottom: 6 },
  muted: { color: colours.muted },
  strong: { fontFamily: 'Helvetica-Bold' },
  italic: { fontFamily: 'Helvetica-Oblique' },
  notice: { padding: 8, marginVertical: 6, backgroundColor: colours.accentSoft, borderRadius: 3 },
  warning: { padding: 8, marginVertical: 4, backgroundColor: colours.warningSoft, borderLeftWidth: 2, borderLeftColor: colours.warning },
  table: { marginVertical: 6 },
  headRow: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: colours.ink, paddingBottom: 3, marginBottom: 2 },
  headCell: { fontFamily: 'Helvetica-Bold', fontSize: 8, color: colours.muted },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colours.line, paddingVertical: 3 },
  totalRow: { flexDirection: 'row', borderTopWidth: 1, borderTopColor: colours.ink, paddingVertical: 3, fontFamily: 'Helvetica-Bold' },
  cellLabel: { flex: 1, paddingRight: 6 },
  cellAmount: { width: 90, textAlign: 'right' },
  cellNarrow: { width: 55, textAlign: 'right' },
  keyFigures: { flexDirection: 'row', gap: 8, marginVertical: 8 },
  keyFigure: { flex: 1, padding: 8, borderWidth: 1, borderColor: colours.line, borderRadius: 3 },
  keyFigureLabel: { fontSize: 7.5, color: colours.muted, textTransform: 'uppercase', marginBottom: 2 },
  keyFigureValue: { fontSize: 13, fontFamily: 'Helvetica-Bold' },
})
