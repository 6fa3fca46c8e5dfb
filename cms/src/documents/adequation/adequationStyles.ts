import { StyleSheet } from '@react-pdf/renderer'
import { colours } from '../pdf/styles'
import type { CheckStatus } from '@atlas/shared/documents/suitability/assessSuitability'

/** The report's own marks on top of the shared styles: one colour per fit status, narrow table columns. */
export const STATUS_COLOURS: Record<CheckStatus, string> = { ok: colours.ok, caution: colours.warning, mismatch: '#b42318' }

export const adequationStyles = StyleSheet.create({
  section: { marginTop: 14 },
  check: { marginBottom: 8, paddingLeft: 8, borderLeftWidth: 2 },
  checkHead: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 2 },
  checkTitle: { fontFamily: 'Helvetica-Bold', fontSize: 10 },
  status: { fontFamily: 'Helvetica-Bold', fontSize: 8.5 },
  line: { flexDirection: 'row', marginTop: 2 },
  lineMark: { width: 90, fontSize: 8, fontFamily: 'Helvetica-Bold' },
  lineText: { flex: 1 },
  labelCell: { width: 150, paddingRight: 8, color: colours.muted },
  valueCell: { flex: 1 },
  col: { width: 44, textAlign: 'right' },
  colWide: { width: 72 },
  isin: { fontSize: 7.5, color: colours.muted },
})
