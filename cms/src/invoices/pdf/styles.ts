import { StyleSheet } from '@react-pdf/renderer'

const INK = '#1f2a37'
const MUTED = '#5b6675'
const LINE = '#d5dbe3'
const ACCENT = '#1d4e89'

export const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 60, paddingHorizontal: 40, fontSize: 9, fontFamily: 'Helvetica', color: INK, lineHeight: 1.35 },
  header: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start', marginBottom: 24 },
  logo: { width: 120, height: 48, objectFit: 'contain' },
  brand: { fontSize: 16, fontFamily: 'Helvetica-Bold', color: ACCENT, maxWidth: 260 },
  titleBlock: { alignItems: 'flex-end' },
  title: { fontSize: 20, lineHeight: 1.2, fontFamily: 'Helvetica-Bold', color: ACCENT, letterSpacing: 1, marginBottom: 4 },
  number: { fontSize: 11, fontFamily: 'Helvetica-Bold', marginTop: 2 },
  parties: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 18 },
  party: { width: '47%', padding: 10, borderWidth: 1, borderColor: LINE, borderRadius: 3 },
  partyLabel: { fontSize: 8, fontFamily: 'Helvetica-Bold', color: MUTED, textTransform: 'uppercase', marginBottom: 4 },
  strong: { fontFamily: 'Helvetica-Bold' },
  notice: { padding: 8, marginBottom: 14, backgroundColor: '#eef3f9', borderRadius: 3 },
  table: { marginBottom: 14 },
  headRow: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: INK, paddingBottom: 3, marginBottom: 2 },
  headCell: { fontFamily: 'Helvetica-Bold', fontSize: 8, color: MUTED },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: LINE, paddingVertical: 4 },
  colLabel: { flex: 1, paddingRight: 6 },
  colQty: { width: 30, textAlign: 'right' },
  colRate: { width: 52, textAlign: 'right' },
  colAmount: { width: 78, textAlign: 'right' },
  summary: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start', marginBottom: 18 },
  rates: { width: '55%' },
  totals: { width: '38%', borderWidth: 1, borderColor: LINE, borderRadius: 3, padding: 8 },
  totalRow: { flexDirection: 'row', justifyContent: 'space-between', paddingVertical: 2 },
  grandTotal: { borderTopWidth: 1, borderTopColor: INK, marginTop: 4, paddingTop: 4, fontFamily: 'Helvetica-Bold', fontSize: 11 },
  mentions: { gap: 4, marginTop: 4 },
  // A4 is 841.89 pt high: the footer sits in the bottom margin (a `bottom` offset drops it in react-pdf 4 here).
  footer: { position: 'absolute', top: 806, left: 40, width: 515, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7, color: MUTED, borderTopWidth: 0.5, borderTopColor: LINE, paddingTop: 6 },
})
