import type { documentsPdfFr } from './documentsPdf.fr'

export const documentsPdfEn: Record<keyof typeof documentsPdfFr, string> = {
  'documents.pdf.legalLine': '{legalName}, {legalForm} with a share capital of {capital} — Trade register {city} {siren} — ORIAS no. {orias} (www.orias.fr)',
  'documents.pdf.firmMissing': 'Firm information not filled in',
  'documents.pdf.page': 'Page {page} / {total}',
  'documents.pdf.cover.client': 'Client',
  'documents.pdf.cover.advisor': 'Your advisor',
  'documents.pdf.cover.noAdvisor': 'No advisor assigned yet',
  'documents.pdf.cover.date': 'Prepared on',
  'documents.pdf.cover.address': 'Registered office: {street}, {postcode} {city} — {email}',
  'documents.pdf.cover.cif': 'Financial investment advisor, member of {association}.',
}
